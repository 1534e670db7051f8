package io.trunkline.provider.famulor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.spi.Json;

/**
 * Writes the JSON bodies Famulor receives. The models' own JSON form masks the password; only these bodies carry
 * it, and the requests that send them mark it sensitive so it is masked in every log line and error.
 */
final class FamulorRequestBodies {
  private FamulorRequestBodies() {}

  static ObjectNode create(FamulorSipTrunkCreate create) {
    ObjectNode body = Json.mapper().valueToTree(create);
    body.put(FamulorFields.SIP_PASSWORD, create.sipPassword().reveal());
    return body;
  }

  /** Only the fields set; {@code "nickname": null} when the nickname is cleared. */
  static ObjectNode update(FamulorSipTrunkUpdate update) {
    ObjectNode body = Json.mapper().valueToTree(update);
    update.sipPassword().ifPresent(password -> body.put(FamulorFields.SIP_PASSWORD, password.reveal()));
    if (update.clearNickname()) {
      body.putNull(FamulorFields.NICKNAME);
    }
    return body;
  }
}
