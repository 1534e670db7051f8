package io.trunkline.core.error;

/**
 * The vendor answered, but not with something Trunkline can read: not JSON where JSON was due (an HTML page),
 * JSON of the wrong shape, too deep, or too large. Never mapped into an empty model.
 */
public class TrunkResponseException extends TrunklineException {
  private final String method;
  private final String path;
  private final int status;

  public TrunkResponseException(String message, String method, String path, int status, Throwable cause) {
    super(message, cause);
    this.method = method;
    this.path = path;
    this.status = status;
  }

  public String method() { return method; }
  public String path() { return path; }
  public int status() { return status; }
}
