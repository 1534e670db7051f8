package io.trunkline.provider.pbx;

import io.trunkline.core.Capability;
import io.trunkline.core.CredentialKind;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.TrunkProviderFactory;
import io.trunkline.core.spi.ProviderContext;

/**
 * Opens the PortSIP PBX provider ({@code pbx}). The PBX is self-hosted, so the base URL is required
 * ({@code https://pbx.example.com:8887}; the {@code /api/...} paths are appended to it). Credentials: a bearer
 * token, or a user name and password that are exchanged for tokens at {@code /api/auth/sign_in}; the optional
 * setting {@code domain} is the tenant's SIP domain sent with the sign-in.
 */
public final class PbxProviderFactory implements TrunkProviderFactory {
  /** The setting with the tenant SIP domain for the sign-in (optional). */
  public static final String DOMAIN = "domain";

  static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id(PbxMapper.PROVIDER_ID)
      .displayName("PortSIP PBX")
      .addCredentialKinds(CredentialKind.BEARER, CredentialKind.USER_PASSWORD)
      .addOptionalSettings(DOMAIN)
      .addCapabilities(Capability.LIST, Capability.GET, Capability.CREATE, Capability.UPDATE, Capability.DELETE,
          Capability.STATUS, Capability.EXPORT)
      .documentation("https://support.portsip.com/development-portsip/rest-apis/version-22.2/trunks")
      .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public TrunkProvider create(ProviderConfig config) {
    ProviderContext context = ProviderContext.builder(METADATA, config)
        .errorDecoder(new PbxErrorDecoder())
        .authorizer(engine -> new PbxTokenAuthorizer(engine, config.credentials(), config.setting(DOMAIN),
            config.clock()))
        .build();
    return new PbxProvider(context);
  }
}
