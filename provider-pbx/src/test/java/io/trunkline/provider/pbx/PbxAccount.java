package io.trunkline.provider.pbx;

import io.trunkline.core.TrunkProvider;

import io.trunkline.core.Credentials;
import io.trunkline.contract.WireMockVendor;

/** The PBX account the WireMock tests sign in with. */
final class PbxAccount {
  static final String TOKEN = "test-token-0123456789";

  private PbxAccount() {}

  /** The PBX on WireMock, with the recorded payloads under {@code pbx/}. */
  static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new PbxProviderFactory(), TrunkProvider.class, Credentials.bearer(TOKEN)).payloads("pbx");
  }
}
