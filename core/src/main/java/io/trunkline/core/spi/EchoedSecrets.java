package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.SipTrunk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one rule for a write's answer: no value in the trunk a write returns echoes a secret the write sent. Names
 * that look secret are dropped on every read ({@link SecretNames}); this drops the values that echo a secret under
 * any name, whatever the vendor calls them: an attribute holding the secret's text anywhere in it (a URI with the
 * password inside, say), and a neutral text or list element that is the secret. A neutral value is dropped only when
 * it equals a secret: a number, an address or a host that merely contains a short password's characters is the
 * trunk's own data, and losing it would make the answer lie about what the write did.
 */
final class EchoedSecrets {
  private EchoedSecrets() {}

  /** {@code trunk} without the values that hold the text of one of {@code sent}; {@code trunk} itself if none does. */
  static SipTrunk dropped(SipTrunk trunk, List<Secret> sent) {
    if (sent.isEmpty() || !anyEcho(trunk, sent)) {
      return trunk;
    }
    Map<String, JsonNode> attributes = new LinkedHashMap<>();
    trunk.attributes().forEach((name, value) -> {
      if (!echoes(value, sent)) {
        attributes.put(name, value);
      }
    });
    return SipTrunk.builder().from(trunk)
        .name(kept(trunk.name(), sent))
        .host(kept(trunk.host(), sent))
        .username(kept(trunk.username(), sent))
        .callerId(kept(trunk.callerId(), sent))
        .countryCode(kept(trunk.countryCode(), sent))
        .allowedIps(kept(trunk.allowedIps(), sent))
        .numbers(kept(trunk.numbers(), sent))
        .attributes(attributes)
        .build();
  }

  private static boolean anyEcho(SipTrunk trunk, List<Secret> sent) {
    for (Optional<String> text : List.of(trunk.name(), trunk.host(), trunk.username(), trunk.callerId(),
        trunk.countryCode())) {
      if (text.isPresent() && is(text.get(), sent)) {
        return true;
      }
    }
    for (List<String> list : List.of(trunk.allowedIps(), trunk.numbers())) {
      if (list.size() != kept(list, sent).size()) {
        return true;
      }
    }
    return trunk.attributes().values().stream().anyMatch(value -> echoes(value, sent));
  }

  private static Optional<String> kept(Optional<String> text, List<Secret> sent) {
    return text.filter(t -> !is(t, sent));
  }

  private static List<String> kept(List<String> texts, List<Secret> sent) {
    List<String> kept = new ArrayList<>(texts.size());
    for (String text : texts) {
      if (!is(text, sent)) {
        kept.add(text);
      }
    }
    return kept;
  }

  /** Whether a neutral value is one of the secrets sent. */
  private static boolean is(String text, List<Secret> sent) {
    for (Secret secret : sent) {
      if (text.equals(secret.reveal())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text anywhere in {@code value} (itself, an element, a member, at any depth) holds a secret. */
  private static boolean echoes(JsonNode value, List<Secret> sent) {
    if (value.isTextual()) {
      return holds(value.textValue(), sent);
    }
    for (JsonNode child : value) {
      if (echoes(child, sent)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(String text, List<Secret> sent) {
    for (Secret secret : sent) {
      if (text.contains(secret.reveal())) {
        return true;
      }
    }
    return false;
  }
}
