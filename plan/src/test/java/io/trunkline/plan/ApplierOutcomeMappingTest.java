package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.io.IOException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Each exception of a write maps to the outcome {@code docs/reliability.md} gives it. */
class ApplierOutcomeMappingTest {
  private static final Step CREATE = Step.builder().action(Step.Action.CREATE).name("A")
      .spec(TrunkSpec.builder().name("A").build()).build();
  private static final Step UPDATE = Step.builder().action(Step.Action.UPDATE).name("A").id("7")
      .update(TrunkUpdate.builder().maxChannels(3).build()).build();

  @Test
  void appliedButNotReadBack_isApplied_withTheIdTheExceptionNames() {
    StepResult result = Applier.run(failing(() -> new TrunkWriteAppliedException("toy", "create", "42",
        new IOException("reset"))), "acc", CREATE);
    assertThat(result.outcome()).isEqualTo(StepResult.Outcome.APPLIED);
    assertThat(result.id()).contains("42");
  }

  @Test
  void aCutOffCreate_isOutcomeUnknown_andAFailureThatWasNotCarriedOut_isRefused() {
    assertThat(Applier.run(failing(() -> new TrunkTransportException("reset", "POST", "/t", 1, true,
        new IOException("reset"))), "acc", CREATE).outcome()).isEqualTo(StepResult.Outcome.OUTCOME_UNKNOWN);
    assertThat(Applier.run(failing(() -> new TrunkTransportException("refused", "PUT", "/t/7", 3, false,
        new IOException("refused"))), "acc", UPDATE).outcome()).isEqualTo(StepResult.Outcome.REFUSED);
    StepResult invalid = Applier.run(failing(() -> new TrunkValidationException("port", "must be 0 to 65535")),
        "acc", UPDATE);
    assertThat(invalid.outcome()).isEqualTo(StepResult.Outcome.REFUSED);
    assertThat(invalid.message()).contains("port: must be 0 to 65535");
  }

  private static TrunkProvider failing(Supplier<RuntimeException> failure) {
    return new TrunkProvider() {
      @Override
      public ProviderMetadata metadata() {
        return ProviderMetadata.builder().id("toy").displayName("Toy").build();
      }

      @Override
      public SipTrunk create(TrunkSpec spec) {
        throw failure.get();
      }

      @Override
      public SipTrunk update(String id, TrunkUpdate update) {
        throw failure.get();
      }

      @Override
      public Object vendorClient() {
        return this;
      }

      @Override
      public void close() {}
    };
  }
}
