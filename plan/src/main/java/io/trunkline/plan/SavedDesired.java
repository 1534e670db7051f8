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

  /**
   * {@code desired} with literal secrets replaced; {@code secretAttributes} by account id. Of the trunks, only those
   * at {@code candidates} (positions in {@code desired.trunks()}) are looked at: those with a password or attributes,
   * which the planner found while comparing, so the others are not read again. The accounts and trunks that hold no
   * literal are kept as they are, and {@code desired} itself when none does (the common case: a file of {@code env:}
   * references).
   */
  static DesiredState of(DesiredState desired, Map<String, Set<String>> secretAttributes, int[] candidates) {
    List<AccountSpec> accounts = null;   // copies, made at the first account or trunk replaced
    List<DesiredTrunk> trunks = null;
    for (int i = 0; i < desired.accounts().size(); i++) {
      AccountSpec account = desired.accounts().get(i);
      AccountSpec saved = saved(account);
      if (saved != account && accounts == null) {
        accounts = new ArrayList<>(desired.accounts());
      }
      if (accounts != null) {
        accounts.set(i, saved);
      }
    }
    for (int i : candidates) {
      DesiredTrunk trunk = desired.trunks().get(i);
      if (trunk.password().isEmpty() && trunk.attributes().isEmpty()) {
        continue;
      }
      DesiredTrunk saved = saved(trunk, secretAttributes.getOrDefault(trunk.account(), Set.of()));
      if (saved != trunk && trunks == null) {
        trunks = new ArrayList<>(desired.trunks());
      }
      if (trunks != null) {
        trunks.set(i, saved);
      }
    }
    if (accounts == null && trunks == null) {
      return desired;
    }
    return DesiredState.builder().accounts(accounts != null ? accounts : desired.accounts())
        .trunks(trunks != null ? trunks : desired.trunks()).build();
  }

  private static AccountSpec saved(AccountSpec account) {
    if (account.credentials().entrySet().stream().noneMatch(e -> literal(e.getKey(), e.getValue()))) {
      return account;
    }
    Map<String, String> credentials = new LinkedHashMap<>();
    account.credentials().forEach((key, value) -> credentials.put(key,
        literal(key, value) ? Plan.LITERAL_NOT_SAVED : value));
    return AccountSpec.builder().from(account).credentials(credentials).build();
  }

  private static boolean literal(String credential, String value) {
    return AccountSpec.SECRET_CREDENTIALS.contains(credential) && !DesiredStateReader.isReference(value);
  }

  private static DesiredTrunk saved(DesiredTrunk trunk, Set<String> secret) {
    boolean literalPassword = trunk.password().filter(p -> !DesiredStateReader.isReference(p)).isPresent();
    boolean literalAttribute = false;
    for (Map.Entry<String, JsonNode> attribute : trunk.attributes().entrySet()) {
      literalAttribute |= literal(secret, attribute.getKey(), attribute.getValue());
    }
    if (!literalPassword && !literalAttribute) {
      return trunk;
    }
    Map<String, JsonNode> attributes = new LinkedHashMap<>();
    trunk.attributes().forEach((name, value) -> attributes.put(name,
        literal(secret, name, value) ? TextNode.valueOf(Plan.LITERAL_NOT_SAVED) : value));
    return DesiredTrunk.builder().from(trunk)
        .password(trunk.password().map(p -> DesiredStateReader.isReference(p) ? p : Plan.LITERAL_NOT_SAVED))
        .attributes(attributes).build();
  }

  private static boolean literal(Set<String> secret, String name, JsonNode value) {
    return secret.contains(name) && !(value.isTextual() && DesiredStateReader.isReference(value.asText()));
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
