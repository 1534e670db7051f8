package io.trunkline.provider.propertiesv2;

import io.trunkline.core.Secret;
import io.trunkline.contract.SecretJson;
import org.junit.jupiter.api.Test;

/**
 * The credentials' password, alone and inside an update: {@code ****} in any mapper a caller uses; the requests
 * sent carry it in clear (the client's exact-request tests).
 */
class PropertiesV2SecretJsonTest {
  @Test
  void aCallersMapper_writesTheCredentialsPassword_asStars() throws Exception {
    Secret password = Secret.of("Pr0perty-Secret");
    SipTrunkCredentials credentials = SipTrunkCredentials.builder().password(password).build();
    SecretJson.assertWrittenMasked(credentials, password);
    SecretJson.assertWrittenMasked(SipTrunkUpdate.builder().credentials(credentials).build(), password);
  }
}
