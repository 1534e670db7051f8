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
import okhttp3.Request;

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
    SignIn signIn = new SignIn();
    OPENING.set(signIn);
    return context.errorDecoder(new PbxErrorDecoder()).authorizer(signIn);
  }

  @Override
  protected TrunkAdapter adapter(ProviderContext context) {
    SignIn signIn = OPENING.get();
    OPENING.remove();
    ProviderConfig config = context.config();
    PbxTokenAuthorizer authorizer = new PbxTokenAuthorizer(context.http(), config.credentials(),
        config.setting(PbxClient.DOMAIN), config.clock());
    signIn.start(authorizer);
    return new PbxAdapter(context.http());
  }

  // KIT-GAP: ProviderContext.Builder should expose the ProviderConfig, so that context(…) can make a sign-in
  // authorizer from the credentials, settings and clock. Until then the authorizer is started in adapter(…), which
  // gets the built context; OPENING carries it between the two calls, which AdapterProviderFactory.create makes on
  // one thread, one after the other.
  private static final ThreadLocal<SignIn> OPENING = new ThreadLocal<>();

  /**
   * The sign-in of one opened provider, started once its context is built; the context's authorizer whatever its
   * engine (a class, not a lambda: opening spins none).
   */
  private static final class SignIn implements RequestAuthorizer, Function<HttpEngine, RequestAuthorizer> {
    private volatile PbxTokenAuthorizer authorizer;

    @Override
    public RequestAuthorizer apply(HttpEngine engine) {
      return this;
    }

    void start(PbxTokenAuthorizer authorizer) {
      this.authorizer = authorizer;
    }

    @Override
    public void authorize(Request.Builder request) {
      authorizer.authorize(request);
    }

    /**
     * The PBX refused the token of {@code failed}: core's engine asks once per call, for the PBX's 401 and for its
     * 400 {@code UNAUTHORIZED} alike ({@link PbxErrorDecoder} reports it as 401), never for the sign-in calls
     * (unauthenticated). A new sign-in, unless another thread already replaced that token; true to have the call
     * sent once more (a refused request was not processed, so a create too).
     */
    @Override
    public boolean refreshAfterUnauthorized(Request failed) {
      return authorizer.renewAfterRefused();
    }
  }
}
