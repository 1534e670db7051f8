package io.trunkline.provider.channel;

import io.trunkline.core.Capability;
import io.trunkline.core.CredentialKind;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProviderFactory;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.Validate;

/**
 * Opens the channel sipTrunk API ({@value #ID}). The vendor publishes no host, so the base URL is required; the
 * setting {@value #ACCOUNT_ID} (a UUID) names the account whose caller IDs, proxies, templates and call barrings
 * are read. Credentials: a bearer token ({@code Authorization: Bearer …}), or an API key sent in
 * {@value #DEFAULT_API_KEY_HEADER} unless the credentials name another header; the document does not say which the
 * vendor uses.
 */
public final class ChannelProviderFactory implements TrunkProviderFactory {
  /** The provider id. */
  public static final String ID = "channel";
  /** The required setting: the account UUID. */
  public static final String ACCOUNT_ID = "account-id";
  /** The header an API key goes in when the credentials name none. */
  public static final String DEFAULT_API_KEY_HEADER = "X-Api-Key";

  static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id(ID)
      .displayName("Channel sipTrunk API")
      .addCredentialKinds(CredentialKind.BEARER, CredentialKind.API_KEY)
      .addRequiredSettings(ACCOUNT_ID)
      .addOptionalSettings(IdFieldSpelling.SETTING)
      .addCapabilities(Capability.UPDATE, Capability.CONNECT_NUMBER, Capability.DISCONNECT_NUMBER,
          Capability.CALLER_IDS, Capability.PROXIES, Capability.TEMPLATES, Capability.CALL_BARRINGS)
      .documentation("https://api-docs.k8s.ispworks.nl/guides/sip-trunk.html")
      .build();

  /** For {@link java.util.ServiceLoader}. */
  public ChannelProviderFactory() {}

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  /**
   * Opens the provider. Fails with {@link TrunkConfigurationException} when the base URL, the setting
   * {@value #ACCOUNT_ID} or the credentials are missing or unusable, or when {@value #ACCOUNT_ID} is not a UUID.
   */
  @Override
  public ChannelProvider create(ProviderConfig config) {
    String accountId = config.setting(ACCOUNT_ID).orElse(null);
    if (accountId != null && !accountId.isBlank()) {
      try {
        Validate.uuid(ACCOUNT_ID, accountId);
      } catch (TrunkValidationException e) {
        throw new TrunkConfigurationException("provider '" + ID + "': the setting " + e.getMessage());
      }
    }
    IdFieldSpelling spelling = IdFieldSpelling.fromSetting(config.setting(IdFieldSpelling.SETTING).orElse(null));
    ProviderContext context = ProviderContext.builder(METADATA, config)
        .errorDecoder(new ChannelErrorDecoder())
        .apiKeyHeader(DEFAULT_API_KEY_HEADER)
        .build();
    return new ChannelProvider(context, context.setting(ACCOUNT_ID), spelling);
  }
}
