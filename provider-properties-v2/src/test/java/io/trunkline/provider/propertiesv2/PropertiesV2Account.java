package io.trunkline.provider.propertiesv2;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.trunkline.core.Credentials;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2ProviderFactory;
import io.trunkline.contract.WireMockVendor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The Fone Dynamics account and property the WireMock tests work in. */
final class PropertiesV2Account {
  static final String ACCOUNT = "ACT3ST9ACC0UNT5ID7XYZ2QWE4RTY6UI";
  static final String TOKEN = "t0ken-Secret-9f8e7d";
  static final String PROPERTY = "PRT3STPR0P3RTY5ID7XYZ2QWE4RTY6UI";
  static final String BASIC = "Basic " + Base64.getEncoder()
      .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
  static final String BASE = "/v2/Properties/" + PROPERTY;

  private PropertiesV2Account() {}

  /**
   * Answers every list request past the first page with an empty page, for tests that stub only the first one
   * ({@code Results_Skip=0}): a listing is read to an empty page, as the vendor's largest page is not documented.
   */
  static WireMockServer firstPageOnly(WireMockServer server) {
    server.stubFor(get(urlPathEqualTo(BASE + "/SipTrunks")).atPriority(10).willReturn(okJson("[]")));
    return server;
  }

  /** Properties v2 on WireMock: the {@code property-sid} set, two attempts per call. */
  static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new PropertiesV2ProviderFactory(), TrunkProvider.class,
            Credentials.userPassword(ACCOUNT, Secret.of(TOKEN)))
        .configure(config -> config
            .putSettings(PropertiesV2Client.PROPERTY_SID, PROPERTY)
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()));
  }
}
