package io.trunkline.provider.pbx.internal;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.spi.AdapterProviderFactory;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.RequestAuthorizer;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.provider.pbx.PbxClient;
import java.util.function.Function;

/**
 * Opens the PortSIP PBX provider ({@code pbx}). The PBX is self-hosted, so the base URL is required
 * ({@code https://pbx.example.com:8887}; the {@code /api/...} paths are appended to it). Credentials: a bearer
 * token, or a user name and password that are exchanged for tokens at {@code /api/auth/sign_in}; the optional
 * setting {@link PbxClient#DOMAIN} is the tenant's SIP domain sent with the sign-in. Open the provider with
 * {@code Trunkline.discover().open("pbx", config)} and reach the PBX's own API through
 * {@code unwrap(PbxClient.class)}.
 *
 * <p>Not API: public only because ServiceLoader requires it; its package is not exported.
 */
public final class PbxProviderFactory extends AdapterProviderFactory {
  /** The factory {@link java.util.ServiceLoader} makes. */
  public PbxProviderFactory() {
    super(PbxFields.PROVIDER);
  }

  @Override
  protected ProviderMetadata.Builder metadataBuilder() {
    return ProviderMetadata.builder()
        .id(PbxFields.PROVIDER)
        .displayName("PortSIP PBX")
        .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.USER_PASSWORD)
        .addOptionalSettings(PbxClient.DOMAIN)
        .documentation("https://support.portsip.com/development-portsip/rest-apis/version-22.2/trunks");
  }

  @Override
  protected TrunkFields declaration() {
    return PbxFields.FIELDS;
  }

  @Override
  protected Class<? extends TrunkAdapter> adapterType() {
    return PbxAdapter.class;
  }

  @Override
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context.errorDecoder(new PbxErrorDecoder()).authorizer(new SignIn(context.config()));
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    return new PbxAdapter(context.http());
  }

  /**
   * Makes the sign-in of one opened provider ({@link PbxTokenAuthorizer}) with the engine it signs in through, as the
   * context builds that engine (a class, not a lambda: opening spins none).
   */
  private static final class SignIn implements Function<HttpEngine, RequestAuthorizer> {
    private final ProviderConfig config;

    SignIn(ProviderConfig config) {
      this.config = config;
    }

    @Override
    public RequestAuthorizer apply(HttpEngine engine) {
      return new PbxTokenAuthorizer(engine, config.credentials(), config.setting(PbxClient.DOMAIN), config.clock());
    }
  }
}
