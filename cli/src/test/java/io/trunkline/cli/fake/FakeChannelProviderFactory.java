package io.trunkline.cli.fake;

import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.spi.TrunkProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import java.util.EnumSet;

/**
 * A test provider shaped like the channel API: no trunk listing, an API key, a required setting, no default host;
 * it has caller IDs, proxies, templates and number routing.
 */
public final class FakeChannelProviderFactory implements TrunkProviderFactory {
  public static final String ID = "fakechan";

  static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id(ID)
      .displayName("Fake channel API (tests)")
      .addCredentialKinds(Credentials.Kind.API_KEY)
      .addRequiredSettings("account-id")
      .capabilities(EnumSet.of(Capability.GET, Capability.CALLER_IDS, Capability.PROXIES, Capability.TEMPLATES,
          Capability.CONNECT_NUMBER, Capability.DISCONNECT_NUMBER))
      .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public TrunkProvider create(ProviderConfig config) {
    return new FakeProvider(ProviderContext.builder(METADATA, config).apiKeyHeader("X-Channel-Key").build());
  }
}
