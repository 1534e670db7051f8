package io.trunkline.core.error;

/** 5xx: the vendor failed; retried for idempotent calls before this is thrown. */
public class TrunkServerException extends TrunkApiException {
  public TrunkServerException(ApiFailure failure) {
    super(failure);
  }
}
