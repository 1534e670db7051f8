package io.trunkline.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares a saved plan with the plan made now from its desired state: what changed at each account. */
final class SavedPlanCheck {
  private SavedPlanCheck() {}

  /** Each difference, naming the account and the trunk; empty when the saved plan may be applied. */
  static List<String> drift(Plan saved, Plan now) {
    List<String> problems = new ArrayList<>();
    Map<String, AccountPlan> current = new LinkedHashMap<>();
    now.accounts().forEach(a -> current.put(a.account(), a));
    for (AccountPlan before : saved.accounts()) {
      AccountPlan after = current.get(before.account());
      String where = "account '" + before.account() + "' (" + before.provider() + ")";
      if (after == null) {
        problems.add(where + ": no longer in the plan");
        continue;
      }
      int found = problems.size();
      Map<String, ObservedTrunk> then = byId(before.observed());
      Map<String, ObservedTrunk> live = byId(after.observed());
      for (ObservedTrunk old : then.values()) {
        ObservedTrunk seen = live.get(old.id());
        if (seen == null) {
          problems.add(where + ": trunk " + old.label() + " is gone");
        } else if (!seen.name().equals(old.name())) {
          problems.add(where + ": trunk " + old.label() + " was renamed to "
              + seen.name().map(n -> com.fasterxml.jackson.databind.node.TextNode.valueOf(n).toString())
                  .orElse("(no name)"));
        } else if (!Objects.equals(seen.fields(), old.fields())) {
          problems.add(where + ": trunk " + old.label() + " changed");
        }
      }
      live.values().stream().filter(t -> !then.containsKey(t.id()))
          .forEach(t -> problems.add(where + ": trunk " + t.label() + " appeared"));
      if (problems.size() == found && !after.steps().equals(before.steps())) {
        problems.add(where + ": the plan made now differs from the saved one");
      }
    }
    return problems;
  }

  private static Map<String, ObservedTrunk> byId(List<ObservedTrunk> trunks) {
    Map<String, ObservedTrunk> out = new LinkedHashMap<>();
    trunks.forEach(t -> out.put(t.id(), t));
    return out;
  }
}
