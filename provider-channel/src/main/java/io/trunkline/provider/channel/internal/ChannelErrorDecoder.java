package io.trunkline.provider.channel.internal;

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
import java.util.Set;

/**
 * Reads the vendor's error body {@code {"error_identifier": "urn:error:sip-trunk:<kind>", "error_message": "..."}}:
 * the identifier is the vendor code, the message the vendor message. The document gives no status codes, so the
 * HTTP status decides the exception, except:
 * <ul>
 *   <li>{@value #INSUFFICIENT_RIGHTS} is reported as 403 whatever status carried it;</li>
 *   <li>{@value #NO_NUMBER_TYPE} (the number has no Operator Connect type: nothing to remove) is reported as 404
 *       whatever status carried it, so a removal retried after an attempt that may have been carried out is done
 *       (the engine's rule for removals) and a first attempt is a not-found;</li>
 *   <li>an error body under a 2xx that names a status ({@code code} or {@code status} 400 to 599) is reported
 *       with that status.</li>
 * </ul>
 * Also read, for a server that answers in its framework's shape: {@code code}/{@code message}, {@code error} (text
 * or an object with {@code code}/{@code message}), RFC 7807 {@code title}/{@code detail}, Hydra
 * {@code hydra:title}/{@code hydra:description}, and {@code violations[{propertyPath, message}]} as field errors.
 */
final class ChannelErrorDecoder implements ErrorDecoder {
  static final String INSUFFICIENT_RIGHTS = "urn:error:sip-trunk:insufficient-rights";
  static final String IDENTIFIER = "error_identifier";
  /** The vendor's answer to removing a number type that is not there: the state asked for already holds. */
  static final String NO_NUMBER_TYPE = "Channel Number selected does not have Number type";

  /** Hydra and API Platform types of an error document. */
  private static final Set<String> ERROR_TYPES = Set.of("hydra:Error", "Error", "ConstraintViolationList",
      "ConstraintViolation");

  @Override
  public VendorError decode(int status, JsonNode body) {
    JsonNode error = body.path("error").isObject() ? body.get("error") : body;
    Optional<String> code = Json.text(body, IDENTIFIER).or(() -> Json.text(error, "code"))
        .or(() -> Json.text(body, "error"));
    Optional<String> message = Json.text(body, "error_message").or(() -> Json.text(error, "message"))
        .or(() -> Json.text(body, "detail")).or(() -> Json.text(body, "hydra:description"))
        .or(() -> Json.text(body, "title")).or(() -> Json.text(body, "hydra:title"))
        .or(() -> Json.text(body, "error"));
    var decoded = VendorError.builder().code(code).message(message).fieldErrors(violations(body));
    if (code.filter(INSUFFICIENT_RIGHTS::equals).isPresent() && status != 401 && status != 403) {
      decoded.status(403);
    } else if (message.map(m -> m.trim().toLowerCase(Locale.ROOT))
        .filter(NO_NUMBER_TYPE.toLowerCase(Locale.ROOT)::equals).isPresent()) {
      decoded.status(404);
    } else if (status / 100 == 2) {
      errorStatus(error.get("code")).or(() -> errorStatus(body.get("status"))).ifPresent(decoded::status);
    }
    return decoded.build();
  }

  /**
   * True for a body in any error shape the vendor or its framework uses, whatever status came with it: the
   * vendor's {@value #IDENTIFIER}; {@code error}; {@code code} with {@code message}; a Hydra or API Platform
   * error ({@code @type} {@code hydra:Error}, {@code hydra:title}, {@code hydra:description}, {@code violations});
   * an RFC 7807 problem ({@code title} with {@code detail}, or a {@code status} of 400 to 599).
   */
  static boolean isErrorBody(JsonNode body) {
    if (body == null || !body.isObject()) {
      return false;
    }
    return body.has(IDENTIFIER)
        || present(body.get("error"))
        || Json.text(body, "message").isPresent() && present(body.get("code"))
        || Json.text(body, "@type").filter(ERROR_TYPES::contains).isPresent()
        || body.has("hydra:title") || body.has("hydra:description") || body.path("violations").isArray()
        || body.has("title") && body.has("detail")
        || errorStatus(body.get("status")).isPresent();
  }

  private static boolean present(JsonNode value) {
    return value != null && !value.isNull() && !(value.isBoolean() && !value.booleanValue());
  }

  /** A status 400 to 599 given as a number or as digits. */
  private static Optional<Integer> errorStatus(JsonNode value) {
    if (value == null || !(value.isIntegralNumber() || value.isTextual() && value.asText().matches("[0-9]{3}"))) {
      return Optional.empty();
    }
    int status = value.asInt();
    return status >= 400 && status <= 599 ? Optional.of(status) : Optional.empty();
  }

  private static Map<String, List<String>> violations(JsonNode body) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    JsonNode violations = body.get("violations");
    if (violations == null || !violations.isArray()) {
      return fields;
    }
    for (JsonNode v : violations) {
      String field = Json.text(v, "propertyPath").filter(p -> !p.isEmpty()).orElse("(request)");
      Json.text(v, "message").ifPresent(m -> fields.computeIfAbsent(field, k -> new ArrayList<>()).add(m));
    }
    return fields;
  }
}
