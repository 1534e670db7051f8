package io.trunkline.plan;

import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.plan.StepResult.Outcome;

/** The outcome of a write that threw, as {@code docs/reliability.md} ("Write outcomes") defines it. */
final class NumberMoveOutcomes {
  private NumberMoveOutcomes() {}

  /**
   * Applied for {@link TrunkWriteAppliedException}; refused for a check before sending, a missing capability, or a
   * vendor's refusal or transport failure that was not carried out; outcome unknown for one that may have been, and
   * for anything else (an unexpected failure is never reported as refused).
   */
  static Outcome of(RuntimeException failure) {
    if (failure instanceof TrunkWriteAppliedException) {
      return Outcome.APPLIED;
    }
    if (failure instanceof TrunkValidationException || failure instanceof UnsupportedCapabilityException) {
      return Outcome.REFUSED;
    }
    if (failure instanceof TrunkApiException) {
      return ((TrunkApiException) failure).outcomeUnknown() ? Outcome.OUTCOME_UNKNOWN : Outcome.REFUSED;
    }
    if (failure instanceof TrunkTransportException) {
      return ((TrunkTransportException) failure).outcomeUnknown() ? Outcome.OUTCOME_UNKNOWN : Outcome.REFUSED;
    }
    return Outcome.OUTCOME_UNKNOWN;
  }
}
