package io.trunkline.core.spi;

import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;

/** The part every provider shares: its context, metadata and closing. */
public abstract class AbstractTrunkProvider implements TrunkProvider {
  protected final ProviderContext context;

  protected AbstractTrunkProvider(ProviderContext context) {
    this.context = context;
  }

  @Override
  public ProviderMetadata metadata() {
    return context.metadata();
  }

  @Override
  public void close() {
    context.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id() + " at " + context.http().baseUrl() + "]";
  }
}
