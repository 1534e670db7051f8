package io.trunkline.core.error;

/**
 * The call did not complete: connection refused or reset, a malformed response, a timeout ({@link #timedOut()}).
 * When {@link #outcomeUnknown()} is true the request may have reached the vendor and been carried out: a create
 * should be checked with a list or get before it is sent again.
 */
public class TrunkTransportException extends TrunklineException {
  private final String method;
  private final String path;
  private final int attempts;
  private final boolean outcomeUnknown;
  private final boolean timedOut;

  public TrunkTransportException(String message, String method, String path, int attempts, boolean outcomeUnknown,
      Throwable cause) {
    this(message, method, path, attempts, outcomeUnknown, false, cause);
  }

  public TrunkTransportException(String message, String method, String path, int attempts, boolean outcomeUnknown,
      boolean timedOut, Throwable cause) {
    super(message, cause);
    this.method = method;
    this.path = path;
    this.attempts = attempts;
    this.outcomeUnknown = outcomeUnknown;
    this.timedOut = timedOut;
  }

  public String method() { return method; }
  public String path() { return path; }
  public int attempts() { return attempts; }
  /** True when a non-idempotent request may have been processed by the vendor. */
  public boolean outcomeUnknown() { return outcomeUnknown; }
  /**
   * True when an attempt or the whole call ran past its timeout ({@code ProviderConfig} {@code callTimeout},
   * {@code readTimeout}, {@code connectTimeout}, or the retry deadline).
   */
  public boolean timedOut() { return timedOut; }
}
