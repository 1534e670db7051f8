package io.trunkline.cli.fake;

import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.spi.TrunkProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import java.util.EnumSet;

/** A test provider with every capability, bearer tokens, and a public default host (like famulor or flex). */
public final class FakeProviderFactory implements TrunkProviderFactory {
  public static final String ID = "fake";

  static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id(ID)
      .displayName("Fake vendor (tests)")
      .defaultBaseUrl("https://api.fake.invalid")
      .addCredentialKinds(Credentials.Kind.BEARER)
      .addOptionalSettings("region")
      .capabilities(EnumSet.allOf(Capability.class))
      .documentation("https://docs.fake.invalid")
      .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  /** Every config this factory opened a provider with, so tests can see what the command line passed. */
  public static final java.util.Queue<ProviderConfig> CONFIGS = new java.util.concurrent.ConcurrentLinkedQueue<>();

  @Override
  public TrunkProvider create(ProviderConfig config) {
    CONFIGS.add(config);
    return new FakeProvider(ProviderContext.builder(METADATA, config).build());
  }
}
