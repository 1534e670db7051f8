package io.trunkline.core.error;

/** An attempt or the whole call ran past its timeout. */
public class TrunkTimeoutException extends TrunkTransportException {
  public TrunkTimeoutException(String message, String method, String path, int attempts, boolean outcomeUnknown,
      Throwable cause) {
    super(message, method, path, attempts, outcomeUnknown, cause);
  }
}
