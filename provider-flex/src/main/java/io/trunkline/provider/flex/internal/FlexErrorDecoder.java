package io.trunkline.provider.flex.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.ErrorDecoder;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Wavix error bodies: {@code {"success": false, "message": "…"}}, the 401 variant with {@code "error": true},
 * and, leniently, an {@code errors} array or object. Wavix sends no error codes. A message of the form
 * "Missing or invalid parameter NAME" becomes a field error for {@code NAME}.
 */
final class FlexErrorDecoder implements ErrorDecoder {
  private static final Pattern PARAMETER =
      Pattern.compile("(?i)missing or invalid parameter[:\\s]+['\"`]?([A-Za-z0-9_.\\[\\]]+)");

  @Override
  public VendorError decode(int status, JsonNode body) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<String> loose = new ArrayList<>();
    readErrors(body.get("errors"), fields, loose);
    Optional<String> message = Json.text(body, "message");
    if (message.isEmpty() && body.path("error").isTextual()) {
      message = Optional.of(body.get("error").asText());
    }
    if (message.isEmpty() && !loose.isEmpty()) {
      message = Optional.of(String.join("; ", loose));
    }
    message.ifPresent(text -> {
      Matcher m = PARAMETER.matcher(text);
      if (m.find()) {
        fields.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(text);
      }
    });
    var error = VendorError.builder().message(message).fieldErrors(fields);
    if (status >= 200 && status < 300) {
      statusUnder2xx(body, message.orElse("")).ifPresent(error::status);
    }
    return error.build();
  }

  /**
   * The status Wavix would have answered for an error body that came with a 2xx: its 401, 403 (plan), 404 and
   * 400 messages; other errors are left to the default (422, refused).
   */
  private static Optional<Integer> statusUnder2xx(JsonNode body, String message) {
    String text = message.toLowerCase(Locale.ROOT);
    if (body.path("error").asBoolean(false) && text.contains("unauthorized")) {
      return Optional.of(401);
    }
    if (text.contains("not provisioned")) {
      return Optional.of(403);
    }
    if (text.contains("not found")) {
      return Optional.of(404);
    }
    return PARAMETER.matcher(message).find() ? Optional.of(400) : Optional.empty();
  }

  /** {@code ["msg", {"field": "x", "message": "…"}]} or {@code {"x": ["…"]}}. */
  private static void readErrors(JsonNode errors, Map<String, List<String>> fields, List<String> loose) {
    if (errors == null || errors.isNull()) {
      return;
    }
    if (errors.isArray()) {
      for (JsonNode item : errors) {
        if (item.isValueNode()) {
          loose.add(item.asText());
        } else if (item.isObject()) {
          Optional<String> field = Json.text(item, "field").or(() -> Json.text(item, "param"))
              .or(() -> Json.text(item, "parameter"));
          Optional<String> text = Json.text(item, "message").or(() -> Json.text(item, "error"));
          if (field.isPresent()) {
            fields.computeIfAbsent(field.get(), k -> new ArrayList<>()).add(text.orElse("is invalid"));
          } else {
            text.ifPresent(loose::add);
          }
        }
      }
    } else if (errors.isObject()) {
      for (Map.Entry<String, JsonNode> e : errors.properties()) {
        List<String> messages = fields.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
        if (e.getValue().isArray()) {
          e.getValue().forEach(v -> messages.add(v.asText()));
        } else {
          messages.add(e.getValue().asText());
        }
      }
    } else if (errors.isValueNode()) {
      loose.add(errors.asText());
    }
  }
}
