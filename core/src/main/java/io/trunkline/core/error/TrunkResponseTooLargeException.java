package io.trunkline.core.error;

/** The response body was larger than the configured limit (counted after decompression); reading stopped there. */
public class TrunkResponseTooLargeException extends TrunkResponseException {
  public TrunkResponseTooLargeException(String message, String method, String path, int status) {
    super(message, method, path, status, null);
  }
}
