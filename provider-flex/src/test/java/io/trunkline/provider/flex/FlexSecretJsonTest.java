package io.trunkline.provider.flex;

import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.Payloads;
import io.trunkline.contract.SecretJson;
import org.junit.jupiter.api.Test;

/**
 * Wavix's secrets in the typed models — the request's password, the trunk's access token — are {@code ****} in any
 * mapper a caller uses; the requests sent carry the password in clear ({@code FlexClientTest}'s exact requests).
 */
class FlexSecretJsonTest {
  @Test
  void aCallersMapper_writesThePasswordAndTheAccessToken_asStars() throws Exception {
    Secret password = Secret.of("W4vix-Secret");
    SecretJson.assertWrittenMasked(FlexTrunkRequest.builder().password(password).build(), password);
    FlexTrunk trunk = Json.mapper().readValue(Payloads.text("flex/trunk.json"), FlexTrunk.class);
    SecretJson.assertWrittenMasked(trunk, trunk.accessToken().orElseThrow());
  }
}
