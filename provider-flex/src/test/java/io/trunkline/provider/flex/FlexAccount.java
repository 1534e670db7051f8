package io.trunkline.provider.flex;

import io.trunkline.core.Credentials;
import io.trunkline.core.TrunkProvider;
import io.trunkline.provider.flex.internal.FlexProviderFactory;
import io.trunkline.contract.WireMockVendor;

/** The Wavix account the WireMock tests sign in with. */
final class FlexAccount {
  static final String KEY = "wavix-test-key-5f2c8e91";

  private FlexAccount() {}

  /** Wavix on WireMock, with the recorded payloads under {@code flex/}. */
  static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new FlexProviderFactory(), TrunkProvider.class, Credentials.bearer(KEY)).payloads("flex");
  }
}
