package io.trunkline.core.spi;

import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One vendor call, before it is sent: method, path, query, headers and JSON body. Fixed path parts come from
 * the vendor's document ({@link Builder#path}); every value a caller supplies goes in with {@link Builder#segment}, which
 * checks it and encodes it as exactly one path segment. Immutable once built; safe to send again on retry.
 */
public final class ApiRequest {
  /**
   * Fixed paths already split, by path: the vendor documents' few constants, split once instead of per request.
   * Bounded, so a provider that built its fixed paths from data could not grow it without end.
   */
  private static final Map<String, String[]> FIXED_PATHS = new ConcurrentHashMap<>();
  private static final int MAX_FIXED_PATHS = 512;

  private final String method;
  private final List<String> segments;
  private final List<Map.Entry<String, String>> query;
  private final Map<String, String> headers;
  private final Object body;
  private final boolean idempotent;
  private final boolean removes;
  private final boolean authenticated;
  private final List<String> sensitiveValues;
  /** For each segment, the field a caller value came in as; null for a fixed part. */
  private final String[] fields;
  /** {@link #route()}, made when first asked for (only a call listener asks). */
  private String route;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.segments = copy(b.segments);
    this.query = copy(b.query);
    this.headers = b.headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.body = b.body;
    this.idempotent = b.idempotent != null ? b.idempotent : !("POST".equals(method) || "PATCH".equals(method));
    this.removes = b.removes != null ? b.removes : "DELETE".equals(method);
    this.authenticated = b.authenticated;
    this.sensitiveValues = b.sensitiveValues == null ? List.of() : List.copyOf(b.sensitiveValues);
    this.fields = b.fields == null ? null : b.fields.toArray(new String[0]);
  }

  private static <E> List<E> copy(List<E> list) {
    return list.isEmpty() ? List.of() : List.copyOf(list);
  }

  public static Builder get(String path) {
    return new Builder("GET").path(path);
  }

  public static Builder post(String path) {
    return new Builder("POST").path(path);
  }

  public static Builder put(String path) {
    return new Builder("PUT").path(path);
  }

  public static Builder patch(String path) {
    return new Builder("PATCH").path(path);
  }

  public static Builder delete(String path) {
    return new Builder("DELETE").path(path);
  }

  /** A request with any method, such as a vendor's configurable update verb. */
  public static Builder method(String method, String path) {
    return new Builder(method).path(path);
  }

  public String method() { return method; }
  /** Decoded path segments, appended to the base URL in order. */
  public List<String> segments() { return segments; }
  public List<Map.Entry<String, String>> query() { return query; }
  public Map<String, String> headers() { return headers; }
  /** The JSON body: a model, a {@code JsonNode}, or null for none. */
  public Object body() { return body; }
  /** Whether the call may be sent again after a failure whose outcome is unknown. */
  public boolean idempotent() { return idempotent; }
  /**
   * Whether the call removes the resource it names (every DELETE; a POST the provider marks): a not-found answer to
   * a retry, after an attempt that may have been carried out, means the removal was done.
   */
  public boolean removes() { return removes; }
  /** False for a sign-in call that carries its own credentials in the body. */
  public boolean authenticated() { return authenticated; }
  /** Values in this request (passwords in the body) that must be masked in logs and error excerpts. */
  public List<String> sensitiveValues() { return sensitiveValues; }
  /** The method and route template, {@code GET /v1/trunks/{id}}: fixed parts as they are, each caller value as its field. */
  String route() {
    String made = route;
    if (made == null) {
      StringBuilder sb = new StringBuilder(method).append(" /");
      for (int i = 0; i < segments.size(); i++) {
        String field = fields == null ? null : fields[i];
        sb.append(i == 0 ? "" : "/").append(field == null ? segments.get(i) : "{" + field + "}");
      }
      made = sb.toString();
      route = made;
    }
    return made;
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final List<String> segments = new ArrayList<>(8);
    private final List<Map.Entry<String, String>> query = new ArrayList<>(4);
    /** Made on the first header, value or caller segment: most requests have none. */
    private Map<String, String> headers;
    private Object body;
    private Boolean idempotent;
    private Boolean removes;
    private boolean authenticated = true;
    private List<String> sensitiveValues;
    /** Parallel to {@link #segments} once a caller segment was added: its field, null for a fixed part. */
    private List<String> fields;

    private Builder(String method) {
      this.method = method;
    }

    /** Fixed path parts from the vendor document, {@code /api/providers}; never caller input. */
    public Builder path(String fixedPath) {
      String[] parts = FIXED_PATHS.get(fixedPath);
      if (parts == null) {
        parts = split(fixedPath);
        if (FIXED_PATHS.size() < MAX_FIXED_PATHS) {
          FIXED_PATHS.put(fixedPath, parts);
        }
      }
      for (String part : parts) {
        segments.add(part);
        if (fields != null) {
          fields.add(null);
        }
      }
      return this;
    }

    /** A caller-supplied value as one path segment: checked ({@link Validate#pathSegment}) and encoded. */
    public Builder segment(String field, String value) {
      String checked = Validate.pathSegment(field, value);
      if (fields == null) {
        fields = new ArrayList<>(8);
        for (int i = 0; i < segments.size(); i++) {
          fields.add(null);
        }
      }
      segments.add(checked);
      fields.add(field);
      return this;
    }

    private static String[] split(String fixedPath) {
      List<String> parts = new ArrayList<>();
      for (String part : fixedPath.split("/")) {
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      return parts.toArray(new String[0]);
    }

    /** A query parameter; a null value is left out. */
    public Builder query(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /** A header; a value with CR, LF or other control characters is refused without echoing it. */
    public Builder header(String name, String value) {
      requireHeaderValue(name, value);
      if (headers == null) {
        headers = new LinkedHashMap<>();
      }
      headers.put(name, value);
      return this;
    }

    /** The JSON body; the secrets of a {@link VendorBody} are masked in logs and errors. */
    public Builder body(Object jsonBody) {
      this.body = jsonBody;
      if (jsonBody instanceof VendorBody) {
        ((VendorBody) jsonBody).secrets().forEach(this::sensitive);
      }
      return this;
    }

    /** Overrides the method's default: a POST the vendor documents as idempotent may be retried. */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** Overrides the method's default: a POST that removes what it names (PBX {@code /destroy}). */
    public Builder removes(boolean removes) {
      this.removes = removes;
      return this;
    }

    /** Sends the call without the provider's credentials (a sign-in). */
    public Builder unauthenticated() {
      this.authenticated = false;
      return this;
    }

    /** Masks {@code secret} wherever this request is logged or echoed in an error. */
    public Builder sensitive(Secret secret) {
      if (secret != null) {
        if (sensitiveValues == null) {
          sensitiveValues = new ArrayList<>(2);
        }
        sensitiveValues.add(secret.reveal());
      }
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }

  static void requireHeaderValue(String name, String value) {
    if (value == null) {
      throw new TrunkValidationException("header " + name, "must not be null");
    }
    if (ControlCharacters.in(value) || !value.chars().allMatch(c -> c < 0x7f)) {
      throw new TrunkValidationException("header " + name,
          "must contain only printable ASCII (no CR, LF or other control characters)");
    }
  }
}
