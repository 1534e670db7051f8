package io.trunkline.provider.famulor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.ErrorDecoder;
import io.trunkline.core.spi.ImmutableVendorError;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Famulor's two error shapes (it is a Laravel application):
 * <ul>
 *   <li>validation, 422: {@code {"message": "The given data was invalid.", "errors": {"field": ["…"]}}} — the
 *       messages per field become {@code fieldErrors};</li>
 *   <li>everything else: {@code {"error": "…"}} or {@code {"error": "…", "message": "…"}} — {@code error} is kept
 *       as the vendor code, {@code message} (or else {@code error}) as the message;</li>
 *   <li>rate limiting: {@code {"error": "Rate limit exceeded", "message": "…", "retry_after": 60}} — the wait is
 *       read from {@code retry_after}, and the status is reported as 429 whatever HTTP status carried it (a
 *       {@code retry_after} on another 4xx counts too), so the retry layer treats it as a rate limit. A 5xx with
 *       {@code retry_after} keeps its status and the wait.</li>
 * </ul>
 */
final class FamulorErrorDecoder implements ErrorDecoder {
  static final String RATE_LIMIT_ERROR = "Rate limit exceeded";
  /** Longest wait taken from {@code retry_after}; the retry policy's own maximum still applies. */
  private static final long MAX_RETRY_AFTER_SECONDS = 86_400;

  /**
   * Whether a body is one of Famulor's error shapes, which some answers carry under a 2xx status: an
   * {@code error} (text or object; {@code false}, {@code null} and blank text do not count), a non-empty
   * {@code errors} (the 422 shape) or a {@code retry_after} (the rate-limit body). A {@code message} alone is not
   * an error: Famulor's success answers carry one ({@code "SIP trunk updated successfully."}, and the whole delete
   * answer is {@code {"message": "Phone number deleted successfully."}}).
   */
  static boolean isErrorBody(JsonNode body) {
    if (body == null || !body.isObject()) {
      return false;
    }
    JsonNode error = body.get("error");
    JsonNode errors = body.get("errors");
    JsonNode retryAfter = body.get("retry_after");
    return error != null && (error.isTextual() ? !error.asText().isBlank() : error.isContainerNode() || error.isNumber()
            || error.isBoolean() && error.asBoolean())
        || errors != null && (errors.isContainerNode() ? !errors.isEmpty() : errors.isTextual() && !errors.asText().isBlank())
        || retryAfter != null && !retryAfter.isNull();
  }

  @Override
  public VendorError decode(int status, JsonNode body) {
    Optional<String> error = Json.text(body, "error");
    Optional<String> message = Json.text(body, "message");
    ImmutableVendorError.Builder b = VendorError.builder()
        .code(error)
        .message(message.or(() -> error))
        .fieldErrors(fieldErrors(body.get("errors")));
    Optional<Duration> retryAfter = retryAfter(body.get("retry_after"));
    retryAfter.ifPresent(b::retryAfter);
    boolean rateLimitBody = retryAfter.isPresent() && status < 500
        || error.map(e -> e.trim().toLowerCase(Locale.ROOT).equals(RATE_LIMIT_ERROR.toLowerCase(Locale.ROOT)))
            .orElse(false);
    if (rateLimitBody && status != 429) {
      b.status(429);
    }
    return b.build();
  }

  private static Map<String, List<String>> fieldErrors(JsonNode errors) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (errors == null || !errors.isObject()) {
      return fields;
    }
    for (Map.Entry<String, JsonNode> field : errors.properties()) {
      List<String> messages = new ArrayList<>();
      JsonNode value = field.getValue();
      if (value.isArray()) {
        value.forEach(m -> {
          if (m.isValueNode() && !m.isNull()) {
            messages.add(m.asText());
          }
        });
      } else if (value.isValueNode() && !value.isNull()) {
        messages.add(value.asText());
      }
      fields.put(field.getKey(), List.copyOf(messages));
    }
    return fields;
  }

  private static Optional<Duration> retryAfter(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    long seconds;
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      seconds = value.asLong();
    } else if (value.isTextual() && value.asText().trim().matches("[0-9]{1,9}")) {
      seconds = Long.parseLong(value.asText().trim());
    } else {
      return Optional.empty();
    }
    if (seconds < 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER_SECONDS)));
  }
}
