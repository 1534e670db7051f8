package io.trunkline.provider.famulor.internal;

import io.trunkline.contract.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.spi.RetryTiming;
import io.trunkline.testing.famulor.FamulorSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 15: the provider paces itself to Famulor's documented 100 requests per minute and 20 per 10 seconds, per
 * provider instance, instead of collecting 429s. Time is a {@link TestClock}: nothing really waits.
 */
@Timeout(30)
class FamulorPacingTest {
  private static final Instant START = Instant.parse("2026-04-01T08:00:03Z");

  /** Whether {@code sent} keeps {@code limit} in every window that starts at one of the instants. */
  private static boolean keeps(List<Instant> sent, int limit, Duration window) {
    for (Instant from : sent) {
      long inWindow = sent.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plus(window))).count();
      if (inWindow > limit) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theDocumentedLimits_letTwentyGoAtOnce_thenOnePerWindowSlot_andNeverMoreThanAllowed() {
    TestClock time = new TestClock(START);
    FamulorPacer pacer = new FamulorPacer(FamulorPacer.DOCUMENTED, time, time.sleeper(), Duration.ofMinutes(5));
    List<Instant> sent = new ArrayList<>();

    for (int i = 0; i < 150; i++) {
      pacer.acquire("GET", "/api/user/phone-numbers/sip-trunks");
      sent.add(time.instant());
    }

    assertThat(sent.subList(0, 20)).containsOnly(START);
    assertThat(sent.get(20)).isEqualTo(START.plusSeconds(10));
    assertThat(sent.get(100)).isEqualTo(START.plusSeconds(60));
    assertThat(keeps(sent, 20, Duration.ofSeconds(10))).isTrue();
    assertThat(keeps(sent, 100, Duration.ofSeconds(60))).isTrue();
    assertThat(time.sleeps()).allSatisfy(d -> assertThat(d).isPositive());
  }

  @Test
  void aWaitLongerThanTheCallMayTake_isNotStarted_andNothingIsSent() {
    TestClock time = new TestClock(START);
    FamulorPacer pacer = new FamulorPacer(List.of(new FamulorPacer.Limit(1, Duration.ofSeconds(90))), time,
        time.sleeper(), Duration.ofSeconds(60));
    pacer.acquire("GET", "/a");

    assertThatThrownBy(() -> pacer.acquire("PUT", "/a/1")).isInstanceOfSatisfying(TrunkRateLimitedException.class,
        e -> {
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(90));
          assertThat(e.attempts()).isZero();
          assertThat(e.getMessage()).contains("not sent");
        });
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aRateLimitAnswer_holdsEveryLaterCall_forTheWaitFamulorAskedFor() throws Exception {
    TestClock time = new TestClock(START);
    FamulorPacer pacer = new FamulorPacer(FamulorPacer.DOCUMENTED, time, time.sleeper(), Duration.ofSeconds(60));

    pacer.pause(Duration.ofSeconds(30));
    pacer.acquire("GET", "/a");

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void theSetting_isOnByDefault_canBeOffOrOwnLimits_andNonsenseIsRefused() {
    assertThat(FamulorPacer.limits(Optional.empty())).isEqualTo(FamulorPacer.DOCUMENTED);
    assertThat(FamulorPacer.limits(Optional.of("on"))).isEqualTo(FamulorPacer.DOCUMENTED);
    assertThat(FamulorPacer.limits(Optional.of("off"))).isEmpty();
    assertThat(FamulorPacer.limits(Optional.of("300/60s, 30/10s"))).containsExactly(
        new FamulorPacer.Limit(300, Duration.ofSeconds(60)), new FamulorPacer.Limit(30, Duration.ofSeconds(10)));
    for (String bad : List.of("", "yes", "100", "100/60", "0/10s", "100/60s,", "-1/10s")) {
      assertThatThrownBy(() -> FamulorPacer.limits(Optional.of(bad)))
          .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("pacing");
    }
    assertThat(new FamulorProviderFactory().metadata().optionalSettings()).containsExactly("pacing");
  }

  @Test
  void aProviderOpenedWithANonsenseSetting_isRefusedAtOpen() {
    assertThatThrownBy(() -> new FamulorProviderFactory().create(ProviderConfig.builder()
        .credentials(Credentials.bearer("k")).putSettings("pacing", "fast").build()))
        .isInstanceOf(TrunkConfigurationException.class);
  }

  /** 150 gets against the simulator enforcing Famulor's documented limits, on one clock. */
  private static long rateLimitAnswersFor150Gets(String pacing, List<Duration> engineSleeps, TestClock time) {
    try (FamulorSimulator sim = (FamulorSimulator) new FamulorSimulator(time).enforceDocumentedRateLimits().start()) {
      sim.seedDemoData();
      ProviderConfig.Builder config = ProviderConfig.builder().baseUrl(sim.baseUrl())
          .credentials(Credentials.bearer(FamulorSimulator.API_KEY)).clock(time);
      if (pacing != null) {
        config.putSettings(FamulorPacer.SETTING, pacing);
      }
      try (TrunkProvider provider = RetryTiming.of(engineSleeps::add)
          .open(() -> new FamulorProviderFactory(time.sleeper()).create(config.build()))) {
        for (int i = 0; i < 150; i++) {
          try {
            provider.get("42");
          } catch (TrunkRateLimitedException e) {
            // counted by the simulator
          }
        }
      }
      return sim.rateLimitAnswers();
    }
  }

  @Test
  void pacingOnByDefault_makes150CallsWithinFamulorsLimits_withoutOne429() {
    TestClock time = new TestClock(START);
    List<Duration> engineSleeps = new CopyOnWriteArrayList<>();

    long limited = rateLimitAnswersFor150Gets(null, engineSleeps, time);

    assertThat(limited).isZero();
    assertThat(engineSleeps).isEmpty();
    assertThat(Duration.between(START, time.instant())).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void withPacingOff_theSameCallsCollect429s() {
    TestClock time = new TestClock(START);

    long limited = rateLimitAnswersFor150Gets("off", new CopyOnWriteArrayList<>(), time);

    assertThat(limited).isPositive();
  }
}
