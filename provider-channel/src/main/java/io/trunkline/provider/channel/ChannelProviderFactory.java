package io.trunkline.provider.channel;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.Validate;

/**
 * Opens the channel sipTrunk API ({@value #ID}). Not API: it is public only so that {@link java.util.ServiceLoader}
 * finds it on the class path; open the provider with {@code Trunkline.discover().open("channel", config)}.
 *
 * <p>The vendor publishes no host, so the base URL is required; the setting {@value #ACCOUNT_ID} (a UUID) names the
 * account whose caller IDs, proxies, templates and call barrings are read. Credentials: a bearer token
 * ({@code Authorization: Bearer …}), or an API key sent in {@value #DEFAULT_API_KEY_HEADER} unless the credentials
 * name another header; the document does not say which the vendor uses. The optional setting
 * {@code id-field-spelling} ({@code example}, the default, or {@code table}) picks the names edit channel sends for
 * the template and proxy ids.
 */
public final class ChannelProviderFactory extends AdapterProviderFactory {
  /** The provider id. */
  public static final String ID = "channel";
  /** The required setting: the account UUID. */
  public static final String ACCOUNT_ID = "account-id";
  /** The header an API key goes in when the credentials name none. */
  public static final String DEFAULT_API_KEY_HEADER = "X-Api-Key";

  /** For {@link java.util.ServiceLoader}. */
  public ChannelProviderFactory() {
    super(ProviderMetadata.builder()
        .id(ID)
        .displayName("Channel sipTrunk API")
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY)
        .addRequiredSettings(ACCOUNT_ID)
        .addOptionalSettings(IdFieldSpelling.SETTING)
        .documentation("https://api-docs.k8s.ispworks.nl/guides/sip-trunk.html"), ChannelFields.FIELDS,
        ChannelAdapter.class);
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new ChannelErrorDecoder()).apiKeyHeader(DEFAULT_API_KEY_HEADER);
  }

  /**
   * The adapter of one account. Fails with {@link TrunkConfigurationException} when {@value #ACCOUNT_ID} is not a
   * UUID or {@code id-field-spelling} is neither {@code example} nor {@code table}.
   */
  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    String accountId = context.setting(ACCOUNT_ID);
    try {
      Validate.uuid(ACCOUNT_ID, accountId);
    } catch (TrunkValidationException e) {
      throw new TrunkConfigurationException("provider '" + ID + "': the setting " + e.getMessage());
    }
    IdFieldSpelling spelling = IdFieldSpelling.fromSetting(context.config().setting(IdFieldSpelling.SETTING)
        .orElse(null));
    return new ChannelAdapter(new ChannelClient(context.http(), accountId, spelling));
  }
}
