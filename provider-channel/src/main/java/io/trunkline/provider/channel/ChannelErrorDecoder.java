package io.trunkline.provider.channel;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.ErrorDecoder;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the vendor's error body {@code {"error_identifier": "urn:error:sip-trunk:<kind>", "error_message": "..."}}:
 * the identifier is the vendor code, the message the vendor message. The document gives no status codes, so the
 * HTTP status decides the exception, with one exception: {@value #INSUFFICIENT_RIGHTS} is reported as 403 whatever
 * status carried it. Also read, for a server that answers in its framework's shape: {@code code}/{@code message},
 * RFC 7807 {@code title}/{@code detail}, Hydra {@code hydra:title}/{@code hydra:description}, and
 * {@code violations[{propertyPath, message}]} as field errors.
 */
final class ChannelErrorDecoder implements ErrorDecoder {
  static final String INSUFFICIENT_RIGHTS = "urn:error:sip-trunk:insufficient-rights";
  static final String IDENTIFIER = "error_identifier";

  @Override
  public VendorError decode(int status, JsonNode body) {
    Optional<String> code = Json.text(body, IDENTIFIER).or(() -> Json.text(body, "code"))
        .or(() -> Json.text(body, "error"));
    Optional<String> message = Json.text(body, "error_message").or(() -> Json.text(body, "message"))
        .or(() -> Json.text(body, "detail")).or(() -> Json.text(body, "hydra:description"))
        .or(() -> Json.text(body, "title")).or(() -> Json.text(body, "hydra:title"));
    var error = VendorError.builder().code(code).message(message).fieldErrors(violations(body));
    if (code.filter(INSUFFICIENT_RIGHTS::equals).isPresent() && status != 401 && status != 403) {
      error.status(403);
    }
    return error.build();
  }

  /** True for a body in the vendor's error shape, whatever status came with it. */
  static boolean isErrorBody(JsonNode body) {
    return body != null && body.isObject() && Json.text(body, IDENTIFIER).isPresent();
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
