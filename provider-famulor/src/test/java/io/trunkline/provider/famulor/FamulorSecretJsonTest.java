package io.trunkline.provider.famulor;

import io.trunkline.core.Secret;
import io.trunkline.contract.SecretJson;
import org.junit.jupiter.api.Test;

/**
 * The SIP password of the typed create and update: {@code ****} in any mapper a caller uses; the requests sent carry
 * it in clear ({@code FamulorClientTest}'s exact-request tests).
 */
class FamulorSecretJsonTest {
  private static final Secret PASSWORD = Secret.of("F4mulor-Secret");

  @Test
  void aCallersMapper_writesTheSipPassword_asStars() throws Exception {
    SecretJson.assertWrittenMasked(FamulorSipTrunkUpdate.builder().sipPassword(PASSWORD).build(), PASSWORD);
  }
}
