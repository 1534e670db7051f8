package io.trunkline.core.spi;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** What a provider read from a vendor's error body. */
@Value.Immutable
public abstract class VendorError {
  public abstract Optional<String> code();

  public abstract Optional<String> message();

  public abstract Map<String, List<String>> fieldErrors();

  /** A wait the vendor asked for in its body (as opposed to a {@code Retry-After} header). */
  public abstract Optional<Duration> retryAfter();

  /** The status to report instead of the HTTP one, for a vendor that answers 200 with an error body. */
  public abstract Optional<Integer> status();

  public static ImmutableVendorError.Builder builder() {
    return ImmutableVendorError.builder();
  }

  public static VendorError none() {
    return builder().build();
  }
}
