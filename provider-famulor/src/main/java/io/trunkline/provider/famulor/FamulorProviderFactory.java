package io.trunkline.provider.famulor;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkAdapter;

/**
 * Opens the {@code famulor} provider: base URL {@code https://app.famulor.de}, the account's API key as a bearer
 * token ({@code Credentials.bearer(key)}, or {@code Credentials.apiKey(key)}: Famulor takes either as
 * {@code Authorization: Bearer <key>}). No settings. Not API: public only so that {@link java.util.ServiceLoader}
 * finds it on the class path; open the provider with {@code Trunkline.discover().open("famulor", config)} and reach
 * Famulor's own API through {@code unwrap(FamulorClient.class)}.
 */
public final class FamulorProviderFactory extends AdapterProviderFactory {
  public FamulorProviderFactory() {
    super(ProviderMetadata.builder()
        .id(FamulorFields.PROVIDER)
        .displayName("Famulor")
        .defaultBaseUrl("https://app.famulor.de")
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY)
        .documentation("https://docs.famulor.io/en/api-reference/sip-trunks/list"),
        FamulorFields.FIELDS, FamulorAdapter.class);
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    return new FamulorAdapter(new FamulorClient(context.http(), context.config().clock()));
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new FamulorErrorDecoder()).apiKeyAsBearer();
  }
}
