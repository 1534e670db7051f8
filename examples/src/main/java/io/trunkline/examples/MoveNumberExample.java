package io.trunkline.examples;

import io.trunkline.core.TrunkProvider;
import io.trunkline.plan.NumberMove;
import io.trunkline.plan.NumberMoveException;
import io.trunkline.plan.NumberMoveExtra;
import io.trunkline.plan.NumberMoveResult;
import io.trunkline.plan.NumberMoveStep;
import io.trunkline.plan.StepResult.Outcome;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.OperatorConnectNumberType;
import java.io.PrintStream;

/**
 * Moves a number to another channel (the channel API's trunk) with the library's compensated move,
 * {@link NumberMove} from {@code trunkline-plan}: the number is taken off its channel first (the vendor connects
 * only a free number), then routed to the new one; if that is refused it is routed back to the channel it came
 * from. Every write is reported as applied, refused or outcome unknown, and the example fails (exits non-zero)
 * whenever the number was not moved, saying where it is.
 *
 * <p>The channel API cannot say which channel a number is on, nor whether a channel exists: the move says so in its
 * notes. Nor can it read a number's Operator Connect type, and a disconnect drops it: give the type as the fifth
 * argument ({@code User}) and it is set again on the channel the number ends up on (through the typed
 * {@link ChannelClient}, as a {@link NumberMoveExtra}).
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.MoveNumberExample}
 * (on the simulator: +31207001101 from acme-amsterdam to acme-duesseldorf). With your own:
 * {@code -Dexec.args="channel +31500000000 office-a office-b User"} (provider, number, from, to, and the number's
 * Operator Connect type if it has one).
 */
public final class MoveNumberExample {
  private MoveNumberExample() {}

  public static void main(String[] args) {
    run(args, System.out);
  }

  /** Moves the number the arguments name, printing each step on {@code out}; throws when it was not moved. */
  static void run(String[] args, PrintStream out) {
    String providerId = arg(args, 0, "channel");
    String number = arg(args, 1, "+31207001101");
    String from = arg(args, 2, "acme-amsterdam");
    String to = arg(args, 3, "acme-duesseldorf");
    String numberType = arg(args, 4, null);
    try (ExampleAccount account = ExampleAccount.open(providerId)) {
      TrunkProvider provider = account.provider();
      out.println("moving " + number + " from " + from + " to " + to + " at " + providerId
          + " (" + account.describe() + ")");
      NumberMove move = NumberMove.of(number).from(provider, from).to(provider, to);
      if (numberType != null) {
        move.keep(operatorConnectType(numberType));
      }
      NumberMoveResult result;
      try {
        result = move.run();
      } catch (NumberMoveException e) {
        throw failure(e, number, from, to);
      }
      result.notes().forEach(note -> out.println("  note: " + note));
      for (NumberMoveStep step : result.steps()) {
        out.println("  " + said(step, number, to));
      }
      out.println("moved " + number + " to " + to);
    }
  }

  /** The number's Operator Connect type, set again through channel's typed client wherever the number goes. */
  private static NumberMoveExtra operatorConnectType(String type) {
    return NumberMoveExtra.of("Operator Connect number type \"" + type + "\"", (provider, channel, number) ->
        provider.unwrap(ChannelClient.class).setOperatorConnectNumberType(channel, number,
            OperatorConnectNumberType.of(type)));
  }

  /** One applied step, in the words of channels. */
  private static String said(NumberMoveStep step, String number, String to) {
    switch (step.kind()) {
      case TAKE_OFF_SOURCE:
        return "took " + number + " off its channel";
      case PUT_ON_TARGET:
        return "routed " + number + " to " + to;
      case KEEP_EXTRA:
        return step.action().replaceFirst("^keep ", "kept ");
      default:
        return step.describe();
    }
  }

  /** Why the number was not moved, and where it is: the library's account of every write. */
  private static ExampleFailedException failure(NumberMoveException e, String number, String from, String to) {
    if (e.unchanged() && e.steps(Outcome.APPLIED).isEmpty()) {
      return new ExampleFailedException(number + " was not moved; nothing was changed (" + e.getMessage() + ")");
    }
    if (e.unchanged()) {
      String refusal = e.steps(Outcome.REFUSED).stream().map(s -> s.message().orElse("refused")).findFirst()
          .orElse("refused");
      return new ExampleFailedException("could not route " + number + " to " + to + " (" + refusal + "); it is back"
          + " on " + from + ", not moved");
    }
    return new ExampleFailedException(e.getMessage());
  }

  private static String arg(String[] args, int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }
}
