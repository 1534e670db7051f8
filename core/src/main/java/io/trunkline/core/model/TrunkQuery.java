package io.trunkline.core.model;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which trunks to list. A provider sends each filter its vendor supports as a query parameter and applies the
 * rest to each trunk it reads ({@link #matches}); the result is the same either way.
 */
@Value.Immutable
public abstract class TrunkQuery {
  /** Trunks whose name contains this, ignoring case. */
  public abstract Optional<String> name();

  public abstract Optional<TrunkState> state();

  public abstract Optional<AuthMode> authMode();

  /** Trunks per request; empty means the provider's default. */
  public abstract Optional<Integer> pageSize();

  /** Stop after this many trunks. */
  public abstract Optional<Long> limit();

  @Value.Check
  void check() {
    pageSize().ifPresent(size -> {
      if (size < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1");
      }
    });
    limit().ifPresent(limit -> {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must not be negative");
      }
    });
  }

  /** True when {@code trunk} passes every filter set here. */
  public boolean matches(SipTrunk trunk) {
    if (name().isPresent()) {
      String wanted = name().get().toLowerCase(Locale.ROOT);
      if (trunk.name().map(n -> !n.toLowerCase(Locale.ROOT).contains(wanted)).orElse(true)) {
        return false;
      }
    }
    if (state().isPresent() && !state().equals(trunk.state())) {
      return false;
    }
    return authMode().isEmpty() || authMode().equals(trunk.authMode());
  }

  /** Every trunk. */
  public static TrunkQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrunkQuery}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableTrunkQuery.Builder {
    Builder() {}
  }
}
