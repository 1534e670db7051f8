package io.trunkline.provider.propertiesv2;

import io.trunkline.core.TrunkProvider;

import io.trunkline.core.Credentials;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import io.trunkline.testing.WireMockVendor;
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

  /** Properties v2 on WireMock: the {@code property-sid} set, two attempts per call. */
  static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new PropertiesV2ProviderFactory(), TrunkProvider.class,
            Credentials.userPassword(ACCOUNT, Secret.of(TOKEN)))
        .configure(config -> config
            .putSettings(PropertiesV2ProviderFactory.PROPERTY_SID, PROPERTY)
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()));
  }
}
