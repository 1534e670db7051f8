package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a vendor's error body. Called only with a JSON body; must not throw. */
@FunctionalInterface
public interface ErrorDecoder {
  /** Takes {@code code} and {@code message} (or {@code error}) from a flat JSON object. */
  ErrorDecoder GENERIC = (status, body) -> VendorError.builder()
      .code(Json.text(body, "code").or(() -> Json.text(body, "error")))
      .message(Json.text(body, "message"))
      .build();

  VendorError decode(int status, JsonNode body);
}
