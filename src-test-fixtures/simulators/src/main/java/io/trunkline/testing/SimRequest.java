package io.trunkline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A request as a simulator route sees it: path parameters already decoded, one segment each. */
public final class SimRequest {
  private final String method;
  private final String rawPath;
  private final String[] segments;
  private final Map<String, String> pathParams;
  private final Map<String, List<String>> query;
  private final Map<String, String> headers;
  private final byte[] body;

  SimRequest(String method, String rawPath, String[] segments, Map<String, String> pathParams,
      Map<String, List<String>> query, Map<String, String> headers, byte[] body) {
    this.method = method;
    this.rawPath = rawPath;
    this.segments = segments;
    this.pathParams = pathParams;
    this.query = query;
    this.headers = headers;
    this.body = body;
  }

  SimRequest withPathParams(Map<String, String> params) {
    return new SimRequest(method, rawPath, segments, params, query, headers, body);
  }

  /** The decoded path segments. */
  String[] segments() {
    return segments;
  }

  public String method() {
    return method;
  }

  /** The path exactly as received, still encoded. */
  public String rawPath() {
    return rawPath;
  }

  /** The decoded value of {@code {name}} in the route's template. */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public Map<String, List<String>> queryParams() {
    return query;
  }

  /** A header, by name ignoring case. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
        .findFirst();
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body as JSON; a missing or malformed body is an empty object. */
  public JsonNode json() {
    if (body.length == 0) {
      return Json.object();
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return Json.object();
    }
  }
}
