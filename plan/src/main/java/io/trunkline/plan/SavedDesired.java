package io.trunkline.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desired state as a saved plan holds it: every secret an {@code env:NAME} reference; a literal (only in a file
 * read with literals allowed) replaced by {@link Plan#LITERAL_NOT_SAVED}, so no plan output ever holds one.
 */
final class SavedDesired {
  private SavedDesired() {}

  /** {@code desired} with literal secrets replaced; {@code secretAttributes} by account id. */
  static DesiredState of(DesiredState desired, Map<String, Set<String>> secretAttributes) {
    DesiredState.Builder saved = DesiredState.builder();
    for (AccountSpec account : desired.accounts()) {
      Map<String, String> credentials = new LinkedHashMap<>();
      account.credentials().forEach((key, value) -> credentials.put(key,
          AccountSpec.SECRET_CREDENTIALS.contains(key) && !DesiredStateReader.isReference(value)
              ? Plan.LITERAL_NOT_SAVED : value));
      saved.addAccounts(AccountSpec.builder().from(account).credentials(credentials).build());
    }
    for (DesiredTrunk trunk : desired.trunks()) {
      Set<String> secret = secretAttributes.getOrDefault(trunk.account(), Set.of());
      Map<String, JsonNode> attributes = new LinkedHashMap<>();
      trunk.attributes().forEach((name, value) -> attributes.put(name,
          secret.contains(name) && !(value.isTextual() && DesiredStateReader.isReference(value.asText()))
              ? TextNode.valueOf(Plan.LITERAL_NOT_SAVED) : value));
      saved.addTrunks(DesiredTrunk.builder().from(trunk)
          .password(trunk.password().map(p -> DesiredStateReader.isReference(p) ? p : Plan.LITERAL_NOT_SAVED))
          .attributes(attributes).build());
    }
    return saved.build();
  }

  /** Where a saved desired state lost a literal secret, by field; empty when it can be applied. */
  static List<String> literals(DesiredState saved) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < saved.accounts().size(); i++) {
      for (Map.Entry<String, String> entry : saved.accounts().get(i).credentials().entrySet()) {
        if (Plan.LITERAL_NOT_SAVED.equals(entry.getValue())) {
          found.add("accounts[" + i + "].credentials." + entry.getKey());
        }
      }
    }
    for (int i = 0; i < saved.trunks().size(); i++) {
      DesiredTrunk trunk = saved.trunks().get(i);
      if (trunk.password().filter(Plan.LITERAL_NOT_SAVED::equals).isPresent()) {
        found.add("trunks[" + i + "].password");
      }
      for (Map.Entry<String, JsonNode> entry : trunk.attributes().entrySet()) {
        if (Plan.LITERAL_NOT_SAVED.equals(entry.getValue().asText(null))) {
          found.add("trunks[" + i + "].attributes." + entry.getKey());
        }
      }
    }
    return found;
  }
}
