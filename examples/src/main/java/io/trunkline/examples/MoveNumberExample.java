package io.trunkline.examples;

import io.trunkline.core.Capability;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.SipTrunk;
import java.util.List;

/**
 * Moves a number from one channel (the channel API's trunk) to another: take it off the first, route it to the
 * second. The vendor accepts a number only while it is free, so the order matters; if the second step fails,
 * the number is put back where it was.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.MoveNumberExample}
 * <br>With your own channels: {@code -Dexec.args="channel +31500000000 office-a office-b"} (provider, number,
 * from, to). Works with any provider that can connect and disconnect numbers.
 */
public final class MoveNumberExample {
  /**
   * The channels used when none are given and the provider cannot list them (the channel API cannot): the sample
   * channels the channel simulator seeds. Pass your own as arguments on a real account.
   */
  static final String[] SAMPLE_CHANNELS = {"acme-amsterdam", "acme-duesseldorf"};

  private MoveNumberExample() {}

  public static void main(String[] args) {
    String providerId = arg(args, 0, "channel");
    String number = arg(args, 1, "+31500000000");
    try (ExampleAccount account = ExampleAccount.open(providerId)) {
      TrunkProvider provider = account.provider();
      if (!provider.supports(Capability.CONNECT_NUMBER) || !provider.supports(Capability.DISCONNECT_NUMBER)) {
        System.out.println(providerId + " cannot route numbers; it can: " + provider.capabilities());
        return;
      }
      String[] channels = channels(provider, args);
      String from = channels[0];
      String to = channels[1];
      System.out.println("moving " + number + " from " + from + " to " + to + " at " + providerId
          + " (" + account.describe() + ")");
      try {
        // Make sure the number starts on the first channel (on a real account it usually already is).
        try {
          provider.connectNumber(from, number);
        } catch (TrunkConflictException e) {
          System.out.println("  " + number + " is already routed; moving it from there");
        }
        provider.disconnectNumber(number);
        System.out.println("  disconnected " + number);
        try {
          provider.connectNumber(to, number);
        } catch (RuntimeException e) {
          // Put the number back so it is not left without a channel, then report the failure.
          provider.connectNumber(from, number);
          throw e;
        }
        System.out.println("  connected " + number + " to " + to);
      } catch (TrunkValidationException e) {
        // Refused before anything was sent: a number not in E.164, a channel name that is no path segment, ...
        System.out.println("refused before sending: " + e.getMessage());
      } catch (TrunkApiException e) {
        // The vendor's own code and message are kept: "Channel name does not exist", "insufficient-rights", ...
        System.out.println("the vendor refused: HTTP " + e.status() + " " + e.vendorCode().orElse("")
            + " " + e.vendorMessage().orElse(e.getMessage()));
        System.out.println("pass your own channels: -Dexec.args=\"" + providerId + " " + number + " FROM TO\"");
      }
    }
  }

  /** From the arguments; else, where the provider can list trunks, its first two. */
  private static String[] channels(TrunkProvider provider, String[] args) {
    if (args.length >= 4) {
      return new String[] {args[2], args[3]};
    }
    if (provider.supports(Capability.LIST)) {
      List<SipTrunk> trunks = provider.list().limit(2).toList();
      if (trunks.size() == 2) {
        return new String[] {trunks.get(0).id(), trunks.get(1).id()};
      }
    }
    // The channel API cannot list channels.
    return SAMPLE_CHANNELS.clone();
  }

  private static String arg(String[] args, int index, String fallback) {
    return args.length > index ? args[index] : fallback;
  }
}
