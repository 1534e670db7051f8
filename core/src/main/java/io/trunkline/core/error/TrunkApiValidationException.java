package io.trunkline.core.error;

import java.util.List;
import java.util.Map;

/** 400 or 422: the vendor refused the input; {@link #fieldErrors()} has its messages per field. */
public class TrunkApiValidationException extends TrunkApiException {
  public TrunkApiValidationException(ApiFailure failure) {
    super(failure);
  }

  public Map<String, List<String>> fieldErrors() {
    return failure().fieldErrors();
  }
}
