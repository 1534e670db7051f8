package io.trunkline.core.error;

/**
 * The vendor answered, but not with something Trunkline can read: not JSON where JSON was due (an HTML page),
 * JSON of the wrong shape, too deep, or too large ({@link #tooLarge()}). Never mapped into an empty model.
 */
public class TrunkResponseException extends TrunklineException {
  private final String method;
  private final String path;
  private final int status;
  private final boolean tooLarge;

  public TrunkResponseException(String message, String method, String path, int status, Throwable cause) {
    this(message, method, path, status, false, cause);
  }

  public TrunkResponseException(String message, String method, String path, int status, boolean tooLarge,
      Throwable cause) {
    super(message, cause);
    this.method = method;
    this.path = path;
    this.status = status;
    this.tooLarge = tooLarge;
  }

  public String method() { return method; }
  public String path() { return path; }
  public int status() { return status; }
  /**
   * True when the body passed a size limit — {@code ProviderConfig} {@code maxResponseBytes} (counted after
   * decompression), {@code maxItemsPerPage} or {@code maxJsonTokens}, named in the message — and reading stopped
   * there.
   */
  public boolean tooLarge() { return tooLarge; }
}
