package io.trunkline.provider.flex.internal;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.provider.flex.FlexClient;

/**
 * Opens the {@code flex} provider: Wavix Flex SIP trunks at {@value FlexClient#DEFAULT_BASE_URL}, with a Wavix API
 * key sent as {@code Authorization: Bearer <key>} (pass it as {@code Credentials.bearer(key)} or
 * {@code Credentials.apiKey(key)}); open it with {@code Trunkline.discover().open("flex", config)}.
 * Not API: public only because ServiceLoader requires it; its package is not exported.
 */
public final class FlexProviderFactory extends AdapterProviderFactory {
  /** The factory {@link java.util.ServiceLoader} makes. */
  public FlexProviderFactory() {
    super(FlexClient.ID);
  }

  @Override
  protected ProviderMetadata.Builder metadataBuilder() {
    return ProviderMetadata.builder()
        .id(FlexClient.ID)
        .displayName("Wavix Flex SIP trunks")
        .defaultBaseUrl(FlexClient.DEFAULT_BASE_URL)
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY)
        .documentation("https://docs.wavix.com/api-reference/sip-trunks");
  }

  @Override
  protected TrunkFields declaration() {
    return FlexFields.FIELDS;
  }

  @Override
  protected Class<? extends TrunkAdapter> adapterType() {
    return FlexAdapter.class;
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    return new FlexAdapter(new DefaultFlexClient(context.http()));
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new FlexErrorDecoder()).apiKeyAsBearer();
  }
}
