package io.trunkline.examples;

import io.trunkline.core.Capability;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkNotFoundException;
import java.io.PrintStream;

/**
 * Moves a number to another channel (the channel API's trunk): take it off the channel it is on, route it to the
 * new one. The vendor accepts a number only while it is free, so the order matters; if routing it to the new
 * channel fails, the number is put back on the channel you said it came from.
 *
 * <p>The channel API cannot say which channel a number is on, so FROM is taken from you, not checked: the number is
 * taken off whatever channel it is on. A number that is on no channel is not moved: the example says so and
 * exits non-zero, having changed nothing. It never routes a number that was not routed before.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.MoveNumberExample}
 * (on the simulator: +31207001101 from acme-amsterdam to acme-duesseldorf). With your own:
 * {@code -Dexec.args="channel +31500000000 office-a office-b"} (provider, number, from, to).
 */
public final class MoveNumberExample {
  private MoveNumberExample() {}

  public static void main(String[] args) {
    run(args, System.out);
  }

  /** Moves the number the arguments name, printing each step on {@code out}; throws when it could not. */
  static void run(String[] args, PrintStream out) {
    String providerId = arg(args, 0, "channel");
    String number = arg(args, 1, "+31207001101");
    String from = arg(args, 2, "acme-amsterdam");
    String to = arg(args, 3, "acme-duesseldorf");
    try (ExampleAccount account = ExampleAccount.open(providerId)) {
      TrunkProvider provider = account.provider();
      if (!provider.supports(Capability.CONNECT_NUMBER) || !provider.supports(Capability.DISCONNECT_NUMBER)) {
        throw new ExampleFailedException(providerId + " cannot route numbers; it can: " + provider.capabilities());
      }
      out.println("moving " + number + " from " + from + " to " + to + " at " + providerId
          + " (" + account.describe() + ")");
      try {
        provider.disconnectNumber(number);
      } catch (TrunkNotFoundException e) {
        throw new ExampleFailedException(number + " is on no channel at " + providerId
            + ", so there is nothing to move; nothing was changed (" + e.getMessage() + ")");
      }
      out.println("  took " + number + " off its channel");
      try {
        provider.connectNumber(to, number);
      } catch (RuntimeException e) {
        // Put the number back so it is not left without a channel, then report the failure.
        try {
          provider.connectNumber(from, number);
        } catch (RuntimeException back) {
          e.addSuppressed(back);
          throw new ExampleFailedException("could not route " + number + " to " + to + " (" + e.getMessage()
              + "), nor put it back on " + from + " (" + back.getMessage() + "): it is on no channel now");
        }
        throw new ExampleFailedException("could not route " + number + " to " + to + " (" + e.getMessage()
            + "); it is back on " + from + ", not moved");
      }
      out.println("  routed " + number + " to " + to);
      out.println("moved " + number + " to " + to);
    }
  }

  private static String arg(String[] args, int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }
}
