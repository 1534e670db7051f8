package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.ErrorDecoder;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the PBX error body {@code {"errors": [{"code", "message", "detail"}]}}. The code of the first error is
 * kept exactly as sent (an unknown code too); the messages of all errors are joined. A {@code detail} object of
 * field names is read as field errors, a text {@code detail} is added to the message. Where the PBX answers a
 * plain 400 (or an error body under a 2xx), three answers correct the status: {@code UNAUTHORIZED} (a failed
 * sign-in, or a token the PBX no longer accepts) is reported as 401, {@code RESOURCE_IN_USE} as 409, and "Invalid
 * provider ID" (the PBX's answer for an id it does not have) as 404. A body of another shape falls back to
 * {@code code}/{@code message}.
 */
final class PbxErrorDecoder implements ErrorDecoder {
  static final String UNAUTHORIZED = "UNAUTHORIZED";
  static final String RESOURCE_IN_USE = "RESOURCE_IN_USE";
  /** The start of the PBX's message for an unknown trunk id ("Invalid provider ID supplied."). */
  static final String INVALID_ID = "invalid provider id";

  @Override
  public VendorError decode(int status, JsonNode body) {
    JsonNode errors = body.get("errors");
    if (errors == null || !errors.isArray() || errors.isEmpty()) {
      return GENERIC.decode(status, body);
    }
    String code = null;
    List<String> messages = new ArrayList<>();
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (JsonNode error : errors) {
      if (code == null) {
        code = Json.text(error, "code").orElse(null);
      }
      String message = Json.text(error, "message").orElse(null);
      JsonNode detail = error.get("detail");
      if (detail != null && detail.isValueNode() && !detail.isNull() && !detail.asText().isBlank()) {
        message = message == null ? detail.asText() : message + " (" + detail.asText() + ")";
      } else if (detail != null && detail.isObject()) {
        readFieldErrors(detail, fields);
      }
      if (message != null && !messages.contains(message)) {
        messages.add(message);
      }
    }
    var b = VendorError.builder().fieldErrors(fields);
    if (code != null) {
      b.code(code);
    }
    if (!messages.isEmpty()) {
      b.message(String.join("; ", messages));
    }
    boolean plain = status == 400 || status >= 200 && status < 300;
    if (plain && UNAUTHORIZED.equals(code)) {
      b.status(401);
    } else if (plain && RESOURCE_IN_USE.equals(code)) {
      b.status(409);
    } else if (plain && messages.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).startsWith(INVALID_ID))) {
      b.status(404);
    }
    return b.build();
  }

  private static void readFieldErrors(JsonNode detail, Map<String, List<String>> fields) {
    for (Map.Entry<String, JsonNode> field : detail.properties()) {
      JsonNode value = field.getValue();
      List<String> list = fields.computeIfAbsent(field.getKey(), k -> new ArrayList<>());
      if (value.isArray()) {
        value.forEach(v -> {
          if (v.isValueNode() && !v.isNull()) {
            list.add(v.asText());
          }
        });
      } else if (value.isValueNode() && !value.isNull()) {
        list.add(value.asText());
      }
      if (list.isEmpty()) {
        fields.remove(field.getKey());
      }
    }
  }
}
