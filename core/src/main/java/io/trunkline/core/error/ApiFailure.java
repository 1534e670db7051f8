package io.trunkline.core.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a vendor answered when it refused a call: the request line (never a secret), the status, the vendor's
 * own error code and message, the request id it sent, how many attempts were made, and an excerpt of the body
 * with every known secret masked.
 */
public final class ApiFailure {
  private final String provider;
  private final String method;
  private final String path;
  private final int status;
  private final String vendorCode;
  private final String vendorMessage;
  private final String requestId;
  private final String bodyExcerpt;
  private final int attempts;
  private final Duration retryAfter;
  private final Map<String, List<String>> fieldErrors;
  private final Map<String, String> rateLimitHeaders;
  private final String note;
  private final boolean outcomeUnknown;

  private ApiFailure(Builder b) {
    this.provider = Objects.requireNonNull(b.provider, "provider");
    this.method = Objects.requireNonNull(b.method, "method");
    this.path = Objects.requireNonNull(b.path, "path");
    this.status = b.status;
    this.vendorCode = b.vendorCode;
    this.vendorMessage = b.vendorMessage;
    this.requestId = b.requestId;
    this.bodyExcerpt = b.bodyExcerpt;
    this.attempts = b.attempts;
    this.retryAfter = b.retryAfter;
    this.fieldErrors = b.fieldErrors == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.fieldErrors));
    this.rateLimitHeaders = b.rateLimitHeaders == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.rateLimitHeaders));
    this.note = b.note;
    this.outcomeUnknown = b.outcomeUnknown;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.provider = provider;
    b.method = method;
    b.path = path;
    b.status = status;
    b.vendorCode = vendorCode;
    b.vendorMessage = vendorMessage;
    b.requestId = requestId;
    b.bodyExcerpt = bodyExcerpt;
    b.attempts = attempts;
    b.retryAfter = retryAfter;
    b.fieldErrors = fieldErrors;
    b.rateLimitHeaders = rateLimitHeaders;
    b.note = note;
    b.outcomeUnknown = outcomeUnknown;
    return b;
  }

  public String provider() { return provider; }
  public String method() { return method; }
  /** The request path, without query string. */
  public String path() { return path; }
  public int status() { return status; }
  public Optional<String> vendorCode() { return Optional.ofNullable(vendorCode); }
  public Optional<String> vendorMessage() { return Optional.ofNullable(vendorMessage); }
  public Optional<String> requestId() { return Optional.ofNullable(requestId); }
  /** At most 2 KiB of the response body, secrets masked; for bodies that were not the vendor's error JSON. */
  public Optional<String> bodyExcerpt() { return Optional.ofNullable(bodyExcerpt); }
  public int attempts() { return attempts; }
  public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }
  /** Field name to the vendor's messages about it; empty when the vendor named no field. */
  public Map<String, List<String>> fieldErrors() { return fieldErrors; }
  /** The vendor's rate-limit headers on this answer ({@code X-RateLimit-*}, {@code RateLimit-*}), by name. */
  public Map<String, String> rateLimitHeaders() { return rateLimitHeaders; }
  /** Why the call was not retried, or other context, if any. */
  public Optional<String> note() { return Optional.ofNullable(note); }
  /**
   * True when a write may have been carried out although it failed: a write that is not idempotent answered 500,
   * 502 or 504 (not sent again), or any write that ended in failure after such an attempt or after a timeout or
   * reset once sent (an idempotent one was retried; its last answer does not say what an earlier attempt did).
   * Look (list, get) before sending a create again; an idempotent update can simply be repeated.
   */
  public boolean outcomeUnknown() { return outcomeUnknown; }

  /** A vendor that sends its message as its code too ("SIP trunk not found." twice) is quoted once. */
  private static boolean sameWords(String code, String message) {
    return message != null && words(code).equals(words(message));
  }

  private static String words(String s) {
    return s.trim().replaceAll("[.!\\s]+$", "").toLowerCase(java.util.Locale.ROOT);
  }

  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(provider).append("] ").append(method).append(' ').append(path)
        .append(" failed with HTTP ").append(status);
    if (vendorCode != null && !sameWords(vendorCode, vendorMessage)) {
      sb.append(' ').append(vendorCode);
    }
    if (vendorMessage != null) {
      sb.append(": ").append(vendorMessage);
    }
    if (!fieldErrors.isEmpty()) {
      sb.append(' ').append(fieldErrors);
    }
    if (vendorMessage == null && bodyExcerpt != null) {
      sb.append(": ").append(bodyExcerpt);
    }
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    if (attempts > 1) {
      sb.append(" after ").append(attempts).append(" attempts");
    }
    if (retryAfter != null) {
      sb.append("; retry after ").append(retryAfter.toSeconds()).append(" s");
    }
    if (note != null) {
      sb.append("; ").append(note);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Builds an {@link ApiFailure}. */
  public static final class Builder {
    private String provider;
    private String method;
    private String path;
    private int status;
    private String vendorCode;
    private String vendorMessage;
    private String requestId;
    private String bodyExcerpt;
    private int attempts = 1;
    private Duration retryAfter;
    private Map<String, List<String>> fieldErrors;
    private Map<String, String> rateLimitHeaders;
    private String note;
    private boolean outcomeUnknown;

    private Builder() {}

    public Builder provider(String v) { provider = v; return this; }
    public Builder method(String v) { method = v; return this; }
    public Builder path(String v) { path = v; return this; }
    public Builder status(int v) { status = v; return this; }
    public Builder vendorCode(String v) { vendorCode = v; return this; }
    public Builder vendorMessage(String v) { vendorMessage = v; return this; }
    public Builder requestId(String v) { requestId = v; return this; }
    public Builder bodyExcerpt(String v) { bodyExcerpt = v; return this; }
    public Builder attempts(int v) { attempts = v; return this; }
    public Builder retryAfter(Duration v) { retryAfter = v; return this; }
    public Builder fieldErrors(Map<String, List<String>> v) { fieldErrors = v; return this; }
    public Builder rateLimitHeaders(Map<String, String> v) { rateLimitHeaders = v; return this; }
    public Builder note(String v) { note = v; return this; }
    public Builder outcomeUnknown(boolean v) { outcomeUnknown = v; return this; }

    public ApiFailure build() {
      return new ApiFailure(this);
    }
  }
}
