package io.trunkline.provider.flex;

import io.trunkline.core.Capability;
import io.trunkline.core.CredentialKind;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProviderFactory;
import io.trunkline.core.spi.ProviderContext;

/**
 * Opens {@link FlexProvider}s: Wavix Flex SIP trunks ({@code flex}) at {@code https://api.wavix.com}, with a Wavix
 * API key sent as {@code Authorization: Bearer <key>} (pass it as {@code Credentials.bearer(key)} or
 * {@code Credentials.apiKey(key)}). Registered for {@link java.util.ServiceLoader}.
 */
public final class FlexProviderFactory implements TrunkProviderFactory {
  /** The provider id. */
  public static final String ID = "flex";
  /** Wavix's public API host; the trunk paths ({@code /v1/trunks}) are appended to it. */
  public static final String DEFAULT_BASE_URL = "https://api.wavix.com";

  private static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id(ID)
      .displayName("Wavix Flex SIP trunks")
      .defaultBaseUrl(DEFAULT_BASE_URL)
      .addCredentialKinds(CredentialKind.BEARER, CredentialKind.API_KEY)
      .addCapabilities(Capability.LIST, Capability.GET, Capability.CREATE, Capability.UPDATE, Capability.DELETE)
      .documentation("https://docs.wavix.com/api-reference/sip-trunks")
      .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public FlexProvider create(ProviderConfig config) {
    ProviderContext context = ProviderContext.builder(METADATA, config)
        .errorDecoder(new FlexErrorDecoder())
        .apiKeyAsBearer()
        .build();
    return new FlexProvider(context);
  }
}
