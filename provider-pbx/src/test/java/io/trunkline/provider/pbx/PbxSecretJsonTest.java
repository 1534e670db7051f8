package io.trunkline.provider.pbx;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.provider.pbx.internal.PbxAccount;
import io.trunkline.contract.SecretJson;
import io.trunkline.contract.WireMockVendor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The typed models' passwords: {@code ****} in any mapper a caller uses, in clear only in the request sent. */
class PbxSecretJsonTest {
  private static final Secret PASSWORD = Secret.of("Cl3ar-Secret");
  private static final String ID = "NzAwNTUxOTA5NzczMTQ4MTYw";

  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();

  @Test
  void aCallersMapper_writesThePasswordOfSpecAndUpdate_asStars() throws Exception {
    SecretJson.assertWrittenMasked(PbxTrunkSpec.builder().name("n").password(PASSWORD).build(), PASSWORD);
    SecretJson.assertWrittenMasked(PbxTrunkUpdate.builder().password(PASSWORD).build(), PASSWORD);
    assertThat(SecretJson.usersMapper().writeValueAsString(PbxTrunkSpec.builder().name("n").password(PASSWORD)
        .build())).isEqualTo("{\"name\":\"n\",\"password\":\"****\"}");
  }

  @Test
  void theUpdateSent_carriesThePasswordInClear() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID)).willReturn(okJson("{}")));

    wm.provider().unwrap(PbxClient.class).update(ID, PbxTrunkUpdate.builder().password(PASSWORD).build());

    wm.server().verify(1, postRequestedFor(urlPathEqualTo("/api/providers/" + ID))
        .withRequestBody(equalToJson("{\"password\":\"Cl3ar-Secret\"}")));
  }
}
