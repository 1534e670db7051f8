package io.trunkline.cli;

import io.trunkline.core.TrunkProvider;
import io.trunkline.plan.NumberMove;
import io.trunkline.plan.NumberMoveException;
import io.trunkline.plan.NumberMoveResult;
import io.trunkline.plan.NumberMoveStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code numbers move}: the library's compensated {@link NumberMove}, between two accounts of an accounts file. */
@Command(name = "move", sortOptions = false,
    description = {"Move a number (E.164) from one trunk to another, within one account or across accounts and "
        + "vendors; if the second write fails, the first is undone.",
        "",
        "The accounts are those of an accounts file, in the form 'trunkline inventory' reads. Checked before any "
        + "write: the number is on the source trunk, and the target trunk exists and does not have it, where the "
        + "vendor can show it (the channel API cannot; a note says so). At one vendor the number is taken off the "
        + "source first (a vendor may refuse a number another trunk holds); across vendors it is put on the target "
        + "first. Each write is shown as applied, refused or outcome unknown.",
        "",
        "Exit codes: 0 moved; 1 not moved, nothing changed (the vendor refused, and what was done was undone); "
        + "2 refused before any write (bad input: the number is not on the source, a trunk does not exist, an "
        + "account cannot move numbers); 3 not moved, and a change could not be undone or its outcome is unknown: "
        + "check both trunks before trying again."},
    footerHeading = "%nExample:%n",
    footer = {"  trunkline numbers move +31207001101 --config accounts.json \\",
        "      --from nl:acme-amsterdam --to nl:acme-duesseldorf",
        "  trunkline numbers move +4930123456 --config accounts.json --replace \\",
        "      --from eu-pbx:NzAwNTUxOTA5NzczMTQ4MTYz --to agency:43",
        "  trunkline numbers move +4930999999 --config accounts.json \\",
        "      --from eu-pbx:NzAwNTUxOTA5NzczMTQ4MTYz --to agency:43   # not there: exit 2",
        "",
        "  accounts.json:",
        "  {\"accounts\": [",
        "    {\"name\": \"nl\", \"provider\": \"channel\",",
        "     \"baseUrl\": \"https://channel.example.com\",",
        "     \"credentials\": {\"apiKey\": \"env:CHANNEL_KEY\"},",
        "     \"settings\": {\"account-id\": \"ACCOUNT-UUID\"}},",
        "    {\"name\": \"eu-pbx\", \"provider\": \"pbx\",",
        "     \"baseUrl\": \"https://pbx.example.com:8887\",",
        "     \"credentials\": {\"token\": \"env:PBX_TOKEN\"}},",
        "    {\"name\": \"agency\", \"provider\": \"famulor\",",
        "     \"credentials\": {\"token\": \"env:FAMULOR_KEY\"}}",
        "  ]}"})
final class NumbersMove extends CliCommand {
  @Parameters(index = "0", paramLabel = "NUMBER", description = "The number, in E.164 (+31201234567).")
  String number;

  @Option(names = "--from", required = true, paramLabel = "ACCOUNT:TRUNK", order = 1,
      description = "The account (its name in the accounts file) and the trunk the number is on; the account may be"
          + " left out when the file has one.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "ACCOUNT:TRUNK", order = 2,
      description = "The account and the trunk the number goes to.")
  String to;

  @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", order = 3,
      description = "The accounts file (JSON, as for 'trunkline inventory'; see its --help).")
  Path config;

  @Option(names = "--replace", order = 4,
      description = "The number replaces the target trunk's numbers instead of joining them: needed where a trunk "
          + "holds one number (Famulor). The replaced numbers are shown, and written back if the move is undone.")
  boolean replace;

  @Mixin
  OutputOptions output;

  @Mixin
  ConnectionOptions connection;

  /** One end as given: the account of the file and the trunk id. */
  private static final class End {
    final InventoryConfig.Account account;
    final String trunkId;

    End(InventoryConfig.Account account, String trunkId) {
      this.account = account;
      this.trunkId = trunkId;
    }
  }

  @Override
  int execute() {
    InventoryConfig accounts = InventoryConfig.read(config);
    End source = end("--from", from, accounts);
    End target = end("--to", to, accounts);
    Map<String, TrunkProvider> open = new LinkedHashMap<>();
    try {
      NumberMove move = NumberMove.of(number)
          .from(source.account.name, provider(source.account, open), source.trunkId)
          .to(target.account.name, provider(target.account, open), target.trunkId)
          .replaceTargetNumbers(replace);
      NumberMoveResult result;
      try {
        result = move.run();
      } catch (NumberMoveException e) {
        notes(e.notes());
        report(e);
        return e.refusedBeforeAnyWrite() ? ExitCode.USAGE : e.unchanged() ? ExitCode.VENDOR : ExitCode.PARTIAL;
      }
      notes(result.notes());
      print(result);
      return ExitCode.OK;
    } finally {
      open.values().forEach(TrunkProvider::close);
    }
  }

  /** {@code ACCOUNT:TRUNK}, or {@code TRUNK} alone when the file has one account. */
  private End end(String option, String value, InventoryConfig accounts) {
    int colon = value.indexOf(':');
    if (colon > 0) {
      String name = value.substring(0, colon);
      String trunk = value.substring(colon + 1);
      for (InventoryConfig.Account account : accounts.accounts) {
        if (account.name.equals(name)) {
          if (trunk.isBlank()) {
            throw new UsageException(option + ": the trunk after '" + Errors.oneLine(name) + ":' is missing");
          }
          return new End(account, trunk);
        }
      }
    }
    if (accounts.accounts.size() == 1) {
      return new End(accounts.accounts.get(0), value);
    }
    List<String> names = new ArrayList<>();
    accounts.accounts.forEach(a -> names.add(a.name));
    throw new UsageException(option + " must be ACCOUNT:TRUNK with an account of " + config + " ("
        + String.join(", ", names) + "), not '" + Errors.oneLine(value) + "'");
  }

  /** The account's provider, opened once for both ends. */
  private TrunkProvider provider(InventoryConfig.Account account, Map<String, TrunkProvider> open) {
    TrunkProvider provider = open.get(account.name);
    if (provider == null) {
      if (ctx.trunkline().metadata(account.provider).isEmpty()) {
        throw new UsageException(config + ": account '" + Errors.oneLine(account.name) + "': "
            + ProviderOptions.unknownProvider(ctx.trunkline(), account.provider).getMessage());
      }
      provider = ctx.trunkline().open(account.provider, connection.apply(account.config(ctx::env, ctx.redactor())));
      open.put(account.name, provider);
    }
    return provider;
  }

  private void notes(List<String> notes) {
    notes.forEach(n -> ctx.err().println("trunkline: note: " + Errors.oneLine(n)));
    ctx.err().flush();
  }

  private void print(NumberMoveResult result) {
    if (output.format == Format.table) {
      StringBuilder text = new StringBuilder("Moved " + Errors.oneLine(result.number()) + " from "
          + Errors.oneLine(result.from()) + " to " + Errors.oneLine(result.to()) + ".");
      for (NumberMoveStep step : result.steps()) {
        text.append("\n  ").append(Errors.oneLine(step.describe()));
      }
      if (!result.replacedNumbers().isEmpty()) {
        text.append("\n  replaced: ").append(Errors.oneLine(String.join(", ", result.replacedNumbers())));
      }
      Outcome.print(ctx, output.format, text.toString(), Map.of());
      return;
    }
    Map<String, Object> fields = Outcome.fields("number", result.number(), "from", result.from(), "to",
        result.to(), "moved", true, "replaced", String.join(";", result.replacedNumbers()));
    if (output.format == Format.json) {
      List<Map<String, Object>> steps = new ArrayList<>();
      result.steps().forEach(s -> steps.add(Outcome.fields("kind", s.kind().name(), "action", s.action(), "outcome",
          s.outcome().name())));
      fields.put("replaced", result.replacedNumbers());
      fields.put("steps", steps);
      fields.put("notes", result.notes());
    }
    Outcome.print(ctx, output.format, "", fields);
  }

  /** The failure on stderr, the library's advice in this command's words; its stack trace with --debug. */
  private void report(NumberMoveException e) {
    String message = Errors.message(ctx, e, Advice.Where.INVENTORY).replace("replaceTargetNumbers", "--replace");
    ctx.err().println("trunkline: " + Errors.oneLine(ctx.redactor().redact(message)));
    if (debug()) {
      java.io.StringWriter trace = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(trace));
      ctx.err().print(ctx.redactor().redact(trace.toString()));
    }
    ctx.err().flush();
  }

  private boolean debug() {
    Object root = spec.root().userObject();
    return root instanceof TrunklineCommand && ((TrunklineCommand) root).debug;
  }
}
