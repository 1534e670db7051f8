package io.trunkline.core.error;

/** 429 (or a vendor's rate-limit body): too many requests; {@link #retryAfter()} holds the wait the vendor asked for. */
public class TrunkRateLimitedException extends TrunkApiException {
  public TrunkRateLimitedException(ApiFailure failure) {
    super(failure);
  }
}
