package io.trunkline.provider.channel.internal;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.Validate;
import io.trunkline.provider.channel.ChannelClient;

/**
 * Not API: public only because ServiceLoader requires it; its package is not exported. Opens the channel sipTrunk
 * API as the provider {@value ChannelClient#ID}, configured as {@link ChannelClient} describes.
 */
public final class ChannelProviderFactory extends AdapterProviderFactory {
  /** For {@link java.util.ServiceLoader}. */
  public ChannelProviderFactory() {
    super(ChannelClient.ID);
  }

  @Override
  protected ProviderMetadata.Builder metadataBuilder() {
    return ProviderMetadata.builder()
        .id(ChannelClient.ID)
        .displayName("Channel sipTrunk API")
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY)
        .addRequiredSettings(ChannelClient.ACCOUNT_ID)
        .addOptionalSettings(ChannelClient.ID_FIELD_SPELLING)
        .documentation("https://api-docs.k8s.ispworks.nl/guides/sip-trunk.html");
  }

  @Override
  protected TrunkFields declaration() {
    return ChannelFields.FIELDS;
  }

  @Override
  protected Class<? extends TrunkAdapter> adapterType() {
    return ChannelAdapter.class;
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new ChannelErrorDecoder()).apiKeyHeader(ChannelClient.DEFAULT_API_KEY_HEADER);
  }

  /**
   * The adapter of one account. Fails with {@link TrunkConfigurationException} when
   * {@value ChannelClient#ACCOUNT_ID} is not a UUID or {@value ChannelClient#ID_FIELD_SPELLING} is neither
   * {@code example} nor {@code table}.
   */
  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    String accountId = context.setting(ChannelClient.ACCOUNT_ID);
    try {
      Validate.uuid(ChannelClient.ACCOUNT_ID, accountId);
    } catch (TrunkValidationException e) {
      throw new TrunkConfigurationException("provider '" + ChannelClient.ID + "': the setting " + e.getMessage());
    }
    IdFieldSpelling spelling = IdFieldSpelling.fromSetting(context.config().setting(ChannelClient.ID_FIELD_SPELLING)
        .orElse(null));
    return new ChannelAdapter(new DefaultChannelClient(context.http(), accountId, spelling));
  }
}
