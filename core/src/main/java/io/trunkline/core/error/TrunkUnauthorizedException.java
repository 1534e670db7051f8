package io.trunkline.core.error;

/** 401 or 403: the credentials were refused, or they may not do this. */
public class TrunkUnauthorizedException extends TrunkApiException {
  public TrunkUnauthorizedException(ApiFailure failure) {
    super(failure);
  }
}
