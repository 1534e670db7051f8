package io.trunkline.core.error;

import java.time.Duration;
import java.util.Optional;

/** The vendor answered with an error status. Subclasses name the common cases; {@link #failure()} has the details. */
public class TrunkApiException extends TrunklineException {
  private final ApiFailure failure;

  public TrunkApiException(ApiFailure failure) {
    super(failure.describe());
    this.failure = failure;
  }

  /** Builds the subclass that fits {@code failure}'s status. */
  public static TrunkApiException of(ApiFailure failure) {
    int status = failure.status();
    if (status == 401 || status == 403) {
      return new TrunkUnauthorizedException(failure);
    }
    if (status == 404 || status == 410) {
      return new TrunkNotFoundException(failure);
    }
    if (status == 409) {
      return new TrunkConflictException(failure);
    }
    if (status == 429) {
      return new TrunkRateLimitedException(failure);
    }
    if (status == 400 || status == 422 || !failure.fieldErrors().isEmpty() && status < 500) {
      return new TrunkApiValidationException(failure);
    }
    if (status >= 500) {
      return new TrunkServerException(failure);
    }
    return new TrunkApiException(failure);
  }

  public ApiFailure failure() { return failure; }
  public int status() { return failure.status(); }
  public Optional<String> vendorCode() { return failure.vendorCode(); }
  public Optional<String> vendorMessage() { return failure.vendorMessage(); }
  public Optional<String> requestId() { return failure.requestId(); }
  public String method() { return failure.method(); }
  public String path() { return failure.path(); }
  public int attempts() { return failure.attempts(); }
  public Optional<Duration> retryAfter() { return failure.retryAfter(); }
  /** See {@link ApiFailure#outcomeUnknown()}: a write that failed but may have been carried out. */
  public boolean outcomeUnknown() { return failure.outcomeUnknown(); }
}
