package io.trunkline.provider.famulor;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.Sleeper;
import io.trunkline.core.spi.TrunkAdapter;

/**
 * Opens the {@code famulor} provider: base URL {@code https://app.famulor.de}, the account's API key as a bearer
 * token ({@code Credentials.bearer(key)}, or {@code Credentials.apiKey(key)}: Famulor takes either as
 * {@code Authorization: Bearer <key>}). One optional setting, {@code pacing} ({@link FamulorPacer}: {@code on} by
 * default, {@code off}, or limits such as {@code 100/60s,20/10s}). Not API: public only so that
 * {@link java.util.ServiceLoader} finds it on the class path; open the provider with
 * {@code Trunkline.discover().open("famulor", config)} and reach Famulor's own API through
 * {@code unwrap(FamulorClient.class)}.
 */
public final class FamulorProviderFactory extends AdapterProviderFactory {
  private final Sleeper sleeper;

  public FamulorProviderFactory() {
    this(Sleeper.SYSTEM);
  }

  /** A factory whose providers' pacing waits with {@code sleeper} (tests record the waits instead). */
  FamulorProviderFactory(Sleeper sleeper) {
    super(ProviderMetadata.builder()
        .id(FamulorFields.PROVIDER)
        .displayName("Famulor")
        .defaultBaseUrl("https://app.famulor.de")
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY)
        .addOptionalSettings(FamulorPacer.SETTING)
        .documentation("https://docs.famulor.io/en/api-reference/sip-trunks/list"),
        FamulorFields.FIELDS, FamulorAdapter.class);
    this.sleeper = sleeper;
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    ProviderConfig config = context.config();
    FamulorPacer pacer = new FamulorPacer(FamulorPacer.limits(config.setting(FamulorPacer.SETTING)), config.clock(),
        sleeper, config.callTimeout());
    return new FamulorAdapter(new FamulorClient(context.http(), config, pacer));
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new FamulorErrorDecoder()).apiKeyAsBearer();
  }
}
