package io.trunkline.core.error;

/** 409: a duplicate, or the resource is in use. */
public class TrunkConflictException extends TrunkApiException {
  public TrunkConflictException(ApiFailure failure) {
    super(failure);
  }
}
