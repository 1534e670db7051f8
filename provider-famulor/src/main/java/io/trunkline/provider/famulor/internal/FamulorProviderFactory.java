package io.trunkline.provider.famulor.internal;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.Sleeper;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.provider.famulor.FamulorClient;

/**
 * Not API: public only because ServiceLoader requires it; its package is not exported.
 *
 * <p>Opens the {@code famulor} provider: base URL {@link FamulorClient#DEFAULT_BASE_URL}, the account's API key as
 * a bearer token ({@code Credentials.bearer(key)}, or {@code Credentials.apiKey(key)}: Famulor takes either as
 * {@code Authorization: Bearer <key>}). One optional setting, {@link FamulorClient#PACING} ({@link FamulorPacer}:
 * {@code on} by default, {@code off}, or limits such as {@code 100/60s,20/10s}). Open the provider with
 * {@code Trunkline.discover().open("famulor", config)} and reach Famulor's own API through
 * {@code unwrap(FamulorClient.class)}.
 */
public final class FamulorProviderFactory extends AdapterProviderFactory {
  /** How pacing waits; null for {@link Sleeper#SYSTEM}, read when a provider is opened. */
  private final Sleeper sleeper;

  /** The factory ServiceLoader makes: pacing really waits. */
  public FamulorProviderFactory() {
    this(null);
  }

  /** A factory whose providers' pacing waits with {@code sleeper} (tests record the waits instead). */
  FamulorProviderFactory(Sleeper sleeper) {
    super(FamulorFields.PROVIDER);
    this.sleeper = sleeper;
  }

  @Override
  protected ProviderMetadata.Builder metadataBuilder() {
    return ProviderMetadata.builder()
        .id(FamulorFields.PROVIDER)
        .displayName("Famulor")
        .defaultBaseUrl(FamulorClient.DEFAULT_BASE_URL)
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY)
        .addOptionalSettings(FamulorPacer.SETTING)
        .documentation("https://docs.famulor.io/en/api-reference/sip-trunks/list");
  }

  @Override
  protected TrunkFields declaration() {
    return FamulorFields.FIELDS;
  }

  @Override
  protected Class<? extends TrunkAdapter> adapterType() {
    return FamulorAdapter.class;
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    ProviderConfig config = context.config();
    FamulorPacer pacer = new FamulorPacer(FamulorPacer.limits(config.setting(FamulorPacer.SETTING)), config.clock(),
        sleeper != null ? sleeper : Sleeper.SYSTEM, config.callTimeout());
    return new FamulorAdapter(new DefaultFamulorClient(context.http(), config, pacer));
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new FamulorErrorDecoder()).apiKeyAsBearer();
  }
}
