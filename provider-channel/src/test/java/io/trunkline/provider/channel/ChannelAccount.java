package io.trunkline.provider.channel;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Credentials;
import io.trunkline.contract.WireMockVendor;

/** The channel account the WireMock tests sign in with. */
final class ChannelAccount {
  static final String TOKEN = "tok-CHN-5e3b-SECRET-91";
  static final String ACCOUNT = "013dc5c1-ff09-4ece-ad3a-7f8f60949407";
  static final String ACCOUNT_PATH = "/v1/accounts/" + ACCOUNT;

  private ChannelAccount() {}

  /** The channel API on WireMock, for {@link #ACCOUNT}, with the recorded payloads under {@code channel/}. */
  static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new ChannelProviderFactory(), TrunkProvider.class, Credentials.bearer(TOKEN))
        .payloads("channel")
        .configure(config -> config.putSettings("account-id", ACCOUNT));
  }
}
