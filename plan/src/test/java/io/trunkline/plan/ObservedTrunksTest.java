package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.SipTrunk;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ObservedTrunksTest {
  private static SipTrunk trunk(String id, String name) {
    return SipTrunk.builder().provider("pbx").id(id).name(name).host("sip.example.net").build();
  }

  @Test
  void list_isEveryListedTrunkOnceById_whereFirstListed_withTheFingerprintsAtTheirPositions() {
    Fingerprint berlin = Fingerprint.saved("aa");
    Fingerprint again = Fingerprint.saved("bb");
    ObservedTrunks observed = ObservedTrunks.of(
        List.of(trunk("1", "Berlin"), trunk("2", "Bonn"), trunk("1", "Berlin")),
        () -> new Fingerprint[] {berlin, null, again});

    assertThat(observed.list()).containsExactly(
        ObservedTrunk.builder().id("1").name("Berlin").fingerprint(Optional.of(berlin)).build(),
        ObservedTrunk.builder().id("2").name("Bonn").build());
  }

  @Test
  void list_isMadeOnce_whenFirstAskedFor_andEqualsTheSavedForm() {
    AtomicInteger made = new AtomicInteger();
    ObservedTrunks observed = ObservedTrunks.of(List.of(trunk("1", "Berlin")), () -> {
      made.incrementAndGet();
      return new Fingerprint[1];
    });
    assertThat(made).as("no fingerprint made before the list is asked for").hasValue(0);

    List<ObservedTrunk> first = observed.list();

    assertThat(observed.list()).isSameAs(first);
    assertThat(made).hasValue(1);
    assertThat(observed).isEqualTo(ObservedTrunks.saved(first)).hasSameHashCodeAs(ObservedTrunks.saved(first));
    assertThat(AccountPlan.builder().account("a").provider("pbx").unchanged(0).observed(first).build().observed())
        .isEqualTo(first);
  }
}
