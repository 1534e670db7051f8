package io.trunkline.contract.surface;

import io.trunkline.core.spi.TrunkProviderFactory;
import java.util.List;
import java.util.Optional;

/** A type of an exported package that names the provider kit where a user would see it, for ProviderSurfaceTest. */
public class Exposing {
  public TrunkProviderFactory factory;
  private TrunkProviderFactory hidden;

  public Optional<List<? extends TrunkProviderFactory>> factories() {
    return Optional.ofNullable(hidden).map(List::of);
  }

  /** A nested public type: its signatures count too. */
  public static final class Nested {
    protected Nested(TrunkProviderFactory[] factories) {
    }
  }
}
