package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Time arithmetic that clamps instead of throwing. */
class DurationsTest {
  @Test
  void aHugeExpiresIn_addedToNow_isTheFarthestInstant_notADateTimeException() {
    Instant now = Instant.parse("2026-12-07T08:00:00Z");

    assertThat(Durations.plus(now, Duration.ofSeconds(Long.MAX_VALUE))).isEqualTo(now.plus(Durations.LONGEST));
    assertThat(Durations.plus(Instant.MAX.minusSeconds(5), Duration.ofDays(1))).isEqualTo(Instant.MAX);
    assertThat(Durations.plus(now, Duration.ofSeconds(3600))).isEqualTo(now.plusSeconds(3600));
    assertThat(Durations.plus(now, Duration.ofSeconds(-5))).isEqualTo(now);
  }

  @Test
  void hugeDurations_inNanosMillisAndDeadlines_areClampedNotOverflowed() {
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);

    assertThat(Durations.nanos(forever)).isEqualTo(Durations.LONGEST.toNanos());
    assertThat(Durations.millis(forever)).isEqualTo(Durations.LONGEST.toMillis());
    assertThat(Durations.deadline(Long.MAX_VALUE - 10, forever)).isEqualTo(Long.MAX_VALUE);
    assertThat(Durations.forOkHttp(forever)).isEqualTo(Duration.ofMillis(Integer.MAX_VALUE));
  }
}
