package io.trunkline.cli;

import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.model.SipTrunk;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * A command against one account: {@code --provider} and its credentials, {@code --output}, and the one flow they
 * all share — open the provider, make the call, print, close, exit 0. Errors are left to {@link Errors}.
 */
abstract class ProviderCommand extends CliCommand {
  @Mixin
  ProviderOptions provider;

  @Mixin
  OutputOptions output;

  /** What a command does with the open provider. */
  @FunctionalInterface
  interface Call {
    void run(TrunkProvider provider) throws Exception;
  }

  /** Opens the account, runs {@code call} against it, closes it; returns {@link ExitCode#OK}. */
  final int withProvider(Call call) throws Exception {
    try (TrunkProvider p = provider.open(ctx)) {
      call.run(p);
    } catch (TrunkNotFoundException e) {
      String subject = subject();
      if (subject == null) {
        throw e;
      }
      throw NotFound.of(subject, e);
    }
    return ExitCode.OK;
  }

  /**
   * What the command names, in words, for a "not found" answer ({@code trunk 42}); null when the command names
   * nothing (a listing), so the library's message is shown.
   */
  String subject() {
    return null;
  }

  /** One trunk: FIELD/VALUE table, CSV with every neutral field, or the neutral JSON object. */
  final void printTrunk(SipTrunk trunk) {
    output.printer(ctx).one(trunk, Views.trunkCsv(), Views.trunkFields(trunk), Views.trunkJson(trunk));
  }

  /** A trunk the vendor has just changed: a sentence first ({@code table} only), then the trunk. */
  final void printChanged(String verb, SipTrunk trunk) {
    if (output.format == Format.table) {
      ctx.out().println(verb + " trunk " + Errors.oneLine(trunk.id()) + " at " + trunk.provider() + ".");
    }
    printTrunk(trunk);
  }

  /** The result of an action without a model: a sentence, or the name/value {@code pairs} as JSON or CSV. */
  final void printOutcome(String sentence, Object... pairs) {
    Outcome.print(ctx, output.format, sentence, Outcome.fields(pairs));
  }

  /** Keeps a password read from an input file out of every message. */
  final void hide(Optional<Secret> password) {
    password.ifPresent(s -> ctx.redactor().add(s.reveal()));
  }
}
