package io.trunkline.core.error;

/** 404 or 410: the trunk, number or other resource does not exist. */
public class TrunkNotFoundException extends TrunkApiException {
  public TrunkNotFoundException(ApiFailure failure) {
    super(failure);
  }
}
