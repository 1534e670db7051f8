package io.trunkline.provider.famulor;

import io.trunkline.core.Capability;
import io.trunkline.core.CredentialKind;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.TrunkProviderFactory;
import io.trunkline.core.spi.ProviderContext;

/**
 * Opens {@link FamulorProvider}s: id {@code famulor}, base URL {@code https://app.famulor.de}, the account's API
 * key as a bearer token ({@code Credentials.bearer(key)}, or {@code Credentials.apiKey(key)}: Famulor takes either
 * as {@code Authorization: Bearer <key>}). No settings.
 */
public final class FamulorProviderFactory implements TrunkProviderFactory {
  /** What the Famulor provider is and can do. */
  public static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id(FamulorMapper.PROVIDER)
      .displayName("Famulor")
      .defaultBaseUrl("https://app.famulor.de")
      .addCredentialKinds(CredentialKind.BEARER, CredentialKind.API_KEY)
      .addCapabilities(Capability.LIST, Capability.GET, Capability.CREATE, Capability.UPDATE, Capability.DELETE)
      .documentation("https://docs.famulor.io/en/api-reference/sip-trunks/list")
      .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public TrunkProvider create(ProviderConfig config) {
    ProviderContext context = ProviderContext.builder(METADATA, config)
        .errorDecoder(new FamulorErrorDecoder())
        .apiKeyAsBearer()
        .build();
    return new FamulorProvider(context);
  }
}
