package io.trunkline.core.spi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;

/** Turns a successful response into a value. {@link ApiResponse#json} does the common case. */
@FunctionalInterface
public interface ResponseReader<T> {
  T read(ApiResponse response) throws IOException;

  static <T> ResponseReader<T> json(Class<T> type) {
    JavaType javaType = Json.mapper().constructType(type);
    return response -> response.json(javaType);
  }

  static <T> ResponseReader<T> json(TypeReference<T> type) {
    JavaType javaType = Json.mapper().constructType(type);
    return response -> response.json(javaType);
  }

  /** Reads the body to its end and drops it, so a broken body still fails and the connection can be reused. */
  static ResponseReader<Void> discard() {
    return response -> {
      response.body().transferTo(java.io.OutputStream.nullOutputStream());
      return null;
    };
  }
}
