package io.trunkline.provider.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.provider.channel.internal.ChannelAccount;
import io.trunkline.contract.SecretJson;
import io.trunkline.contract.WireMockVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The channel password: {@code ****} in any mapper a caller uses, in clear only in the request sent. */
class ChannelSecretJsonTest {
  private static final Secret PASSWORD = Secret.of("Ch4nnel-Secret");

  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();

  @Test
  void aCallersMapper_writesTheEditsPassword_asStars() throws Exception {
    SecretJson.assertWrittenMasked(ChannelEdit.builder().password(PASSWORD).build(), PASSWORD);
  }

  @Test
  void theEditSent_carriesThePasswordInClear() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/sipchannel1")).willReturn(okJson("{}")));

    wm.provider().unwrap(ChannelClient.class).editChannel("sipchannel1", ChannelEdit.builder().password(PASSWORD)
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/sipchannel1"))
        .withRequestBody(equalToJson("{\"password\":\"Ch4nnel-Secret\"}")));
  }
}
