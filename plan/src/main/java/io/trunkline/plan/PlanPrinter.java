package io.trunkline.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.UncheckedIOException;

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

  /** {@code +}, {@code ~} or {@code -}, in its colour when asked. */
  static String symbol(Step.Action action, boolean colour) {
    if (!colour) {
      return action.symbol();
    }
    String code = switch (action) {
      case CREATE -> "32";
      case UPDATE -> "33";
      case DELETE -> "31";
    };
    return "\u001b[" + code + "m" + action.symbol() + "\u001b[0m";
  }

  static String shown(JsonNode value) {
    return value == null || value.isNull() ? "(none)" : value.toString();
  }
}
