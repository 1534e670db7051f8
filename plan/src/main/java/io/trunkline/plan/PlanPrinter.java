package io.trunkline.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan for people (a diff grouped by account, {@code +} create, {@code ~} update, {@code -} delete, like Terraform,
 * without colour) and for programs (JSON). Neither ever holds a secret's value: secrets are {@code (set)} or
 * {@code (changed)}.
 */
public final class PlanPrinter {
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new Jdk8Module())
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private PlanPrinter() {}

  /** The human diff, without colour. */
  public static String human(Plan plan) {
    return human(plan, false);
  }

  /**
   * The human diff; with {@code colour}, ANSI colours (green {@code +}, yellow {@code ~}, red {@code -}) for a
   * terminal.
   */
  public static String human(Plan plan, boolean colour) {
    StringBuilder out = new StringBuilder();
    for (AccountPlan account : plan.accounts()) {
      out.append("account ").append(account.account()).append(" (").append(account.provider()).append(")\n");
      for (Step step : account.steps()) {
        String symbol = symbol(step.action(), colour);
        out.append("  ").append(symbol).append(" trunk ").append(step.label()).append('\n');
        for (FieldChange change : step.changes()) {
          out.append("      ").append(symbol).append(' ').append(change.field());
          if (change.secret()) {
            out.append(step.action() == Step.Action.CREATE ? " = " : ": ")
                .append(change.after().map(JsonNode::asText).orElse("(set)"));
          } else if (step.action() == Step.Action.CREATE) {
            out.append(" = ").append(shown(change.after().orElse(null)));
          } else {
            out.append(": ").append(shown(change.before().orElse(null))).append(" -> ")
                .append(shown(change.after().orElse(null)));
          }
          change.note().ifPresent(n -> out.append("   # ").append(n));
          out.append('\n');
        }
      }
      out.append("  ").append(account.unchanged()).append(" unchanged\n");
    }
    if (!plan.hasChanges()) {
      out.append("\nNo changes: ").append(plan.unchanged()).append(" trunk(s) as wanted.\n");
    } else {
      out.append("\nPlan: ").append(plan.creates()).append(" to create, ").append(plan.updates())
          .append(" to update, ").append(plan.deletes()).append(" to delete, ").append(plan.unchanged())
          .append(" unchanged.\n");
    }
    if (!plan.prune()) {
      out.append("Live trunks absent from the file are kept (no pruning).\n");
    }
    return out.toString();
  }

  /** The machine-readable plan: totals, then each account's steps with their field changes. */
  public static String json(Plan plan) {
    try {
      return JSON.writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The report of an apply, as JSON. */
  public static String json(ApplyReport report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line per step: {@code applied  + eu-pbx "Berlin main" (id 7)}. */
  public static String human(ApplyReport report) {
    StringBuilder out = new StringBuilder();
    for (StepResult result : report.results()) {
      out.append(String.format("%-16s %s %s %s", result.outcome().name().toLowerCase(java.util.Locale.ROOT),
          result.action().symbol(), result.account(),
          result.name().map(n -> TextNode.valueOf(n).toString()).orElse("(no name)")));
      result.id().ifPresent(id -> out.append(" (id ").append(id).append(')'));
      result.message().ifPresent(m -> out.append(": ").append(m));
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The differences between two inventory snapshots, grouped by account: {@code +} added, {@code -} removed,
   * {@code ~} changed with each field old and new (a secret as {@code (changed)}); ANSI colours with {@code colour}.
   */
  public static String human(List<TrunkDiff> diffs, boolean colour) {
    StringBuilder out = new StringBuilder();
    Map<String, List<TrunkDiff>> byAccount = new LinkedHashMap<>();
    for (TrunkDiff diff : diffs) {
      String account = diff.account().map(a -> a + " (" + diff.provider() + ")").orElse(diff.provider());
      byAccount.computeIfAbsent(account, k -> new ArrayList<>()).add(diff);
    }
    byAccount.forEach((account, list) -> {
      out.append("account ").append(account).append('\n');
      for (TrunkDiff diff : list) {
        String symbol = symbol(diff.kind().symbol(), colour);
        out.append("  ").append(symbol).append(" trunk ")
            .append(Step.builder().action(Step.Action.UPDATE).name(diff.name()).id(diff.id()).build().label())
            .append('\n');
        for (FieldChange change : diff.changes()) {
          out.append("      ").append(symbol).append(' ').append(change.field()).append(": ");
          if (change.secret()) {
            out.append("(changed)");
          } else {
            out.append(shown(change.before().orElse(null))).append(" -> ").append(shown(change.after().orElse(null)));
          }
          out.append('\n');
        }
      }
    });
    long added = diffs.stream().filter(d -> d.kind() == TrunkDiff.Kind.ADDED).count();
    long removed = diffs.stream().filter(d -> d.kind() == TrunkDiff.Kind.REMOVED).count();
    long changed = diffs.size() - added - removed;
    out.append(diffs.isEmpty() ? "No differences.\n" : "\nDifferences: " + added + " added, " + removed
        + " removed, " + changed + " changed.\n");
    return out.toString();
  }

  /** The differences between two inventory snapshots as JSON: {@code {"added": n, …, "trunks": [...]}}. */
  public static String json(List<TrunkDiff> diffs) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (TrunkDiff.Kind kind : TrunkDiff.Kind.values()) {
      root.put(kind.name().toLowerCase(java.util.Locale.ROOT), diffs.stream().filter(d -> d.kind() == kind).count());
    }
    root.put("trunks", diffs);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code +}, {@code ~} or {@code -}, in its colour when asked. */
  static String symbol(Step.Action action, boolean colour) {
    return symbol(action.symbol(), colour);
  }

  private static String symbol(String symbol, boolean colour) {
    if (!colour) {
      return symbol;
    }
    String code = switch (symbol) {
      case "+" -> "32";
      case "~" -> "33";
      default -> "31";
    };
    return "\u001b[" + code + "m" + symbol + "\u001b[0m";
  }

  static String shown(JsonNode value) {
    return value == null || value.isNull() ? "(none)" : value.toString();
  }
}
