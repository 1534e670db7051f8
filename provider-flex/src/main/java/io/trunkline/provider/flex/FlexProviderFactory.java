package io.trunkline.provider.flex;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkAdapter;

/**
 * Opens the {@code flex} provider: Wavix Flex SIP trunks at {@code https://api.wavix.com}, with a Wavix API key sent
 * as {@code Authorization: Bearer <key>} (pass it as {@code Credentials.bearer(key)} or
 * {@code Credentials.apiKey(key)}). Not API: public only so that {@link java.util.ServiceLoader} finds it on the
 * class path; open the provider with {@code Trunkline.discover().open("flex", config)}.
 */
public final class FlexProviderFactory extends AdapterProviderFactory {
  /** The provider id. */
  public static final String ID = "flex";
  /** Wavix's public API host; the trunk paths ({@code /v1/trunks}) are appended to it. */
  public static final String DEFAULT_BASE_URL = "https://api.wavix.com";

  public FlexProviderFactory() {
    super(ProviderMetadata.builder()
        .id(ID)
        .displayName("Wavix Flex SIP trunks")
        .defaultBaseUrl(DEFAULT_BASE_URL)
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY)
        .documentation("https://docs.wavix.com/api-reference/sip-trunks"), FlexFields.FIELDS, FlexAdapter.class);
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    return new FlexAdapter(new FlexClient(context.http()));
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new FlexErrorDecoder()).apiKeyAsBearer();
  }
}
