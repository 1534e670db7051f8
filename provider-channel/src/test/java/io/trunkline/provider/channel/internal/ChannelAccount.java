package io.trunkline.provider.channel.internal;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Credentials;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.contract.WireMockVendor;

/** The channel account the WireMock tests sign in with (public for the tests of the exported package). */
public final class ChannelAccount {
  public static final String TOKEN = "tok-CHN-5e3b-SECRET-91";
  public static final String ACCOUNT = "013dc5c1-ff09-4ece-ad3a-7f8f60949407";
  public static final String ACCOUNT_PATH = "/v1/accounts/" + ACCOUNT;

  private ChannelAccount() {}

  /** The channel API on WireMock, for {@link #ACCOUNT}, with the recorded payloads under {@code channel/}. */
  public static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new ChannelProviderFactory(), TrunkProvider.class, Credentials.bearer(TOKEN))
        .payloads("channel")
        .configure(config -> config.putSettings(ChannelClient.ACCOUNT_ID, ACCOUNT));
  }
}
