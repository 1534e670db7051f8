package io.trunkline.testing;

import io.trunkline.core.spi.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a simulator route answers. */
public final class SimResponse {
  final int status;
  final Map<String, String> headers;
  final byte[] body;

  private SimResponse(int status, Map<String, String> headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  /** {@code body} (a model, a {@code JsonNode}, a map) written as JSON. */
  public static SimResponse json(int status, Object body) {
    try {
      byte[] bytes = body instanceof String
          ? ((String) body).getBytes(StandardCharsets.UTF_8)
          : Json.mapper().writeValueAsBytes(body);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      return new SimResponse(status, headers, bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static SimResponse empty(int status) {
    return new SimResponse(status, new LinkedHashMap<>(), new byte[0]);
  }

  public static SimResponse bytes(int status, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    return new SimResponse(status, headers, body);
  }

  public SimResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new SimResponse(status, copy, body);
  }

  public int status() {
    return status;
  }
}
