package io.trunkline.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Capability;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.model.Transport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The lifecycle of one trunk through the neutral API: create, read, update, status, delete, at any provider that
 * can create trunks. Each step runs only if the provider declares the capability.
 *
 * <p>The spec is built from what the provider says it requires ({@link ProviderMetadata#trunkFields()}, the same
 * table {@code trunkline providers --fields pbx} prints), not from a spec written for one vendor: every field the
 * provider marks {@link Requirement#REQUIRED} on create gets a value, and nothing it refuses is sent. Values that
 * must be the account's own (a caller ID the account owns, a vendor attribute such as Famulor's calling format) are
 * taken from a trunk the account already has.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.TrunkLifecycleExample}
 * (default provider {@code pbx}; another with {@code -Dexec.args=flex}). When a step fails, or the provider cannot
 * create trunks, it ends with an exception (a non-zero exit), never with a success it did not have.
 */
public final class TrunkLifecycleExample {
  /** Given when the provider accepts them, required or not: a name to rename, and credentials to sign in with. */
  private static final java.util.Set<NeutralField> WANTED = java.util.EnumSet.of(NeutralField.NAME,
      NeutralField.AUTH_MODE, NeutralField.USERNAME, NeutralField.PASSWORD);

  private TrunkLifecycleExample() {}

  public static void main(String[] args) {
    run(args.length > 0 ? args[0] : "pbx", System.out);
  }

  /** Runs the lifecycle at {@code providerId}, printing each step on {@code out}; throws when a step fails. */
  static void run(String providerId, PrintStream out) {
    try (ExampleAccount account = ExampleAccount.open(providerId)) {
      TrunkProvider provider = account.provider();
      ProviderMetadata metadata = Trunkline.discover().metadata(providerId).orElseThrow();
      out.println("provider " + provider.id() + " (" + account.describe() + ") can: " + provider.capabilities());
      if (!provider.supports(Capability.CREATE)) {
        throw new ExampleFailedException(providerId + " cannot create trunks; try pbx, flex, famulor or properties-v2");
      }
      // A trunk the account already has: where the account's own values come from.
      // (A listing may leave fields out; get has them all.)
      Optional<SipTrunk> existing = provider.supports(Capability.LIST)
          ? provider.list().limit(1).stream().findFirst() : Optional.empty();
      if (existing.isPresent() && provider.supports(Capability.GET)) {
        existing = Optional.of(provider.get(existing.get().id()));
      }

      // 1. Create: every field the provider requires, nothing it refuses. Input is checked before anything is
      //    sent: a missing field or a bad value throws TrunkValidationException naming the field.
      String password = "Ex4mple!" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
      TrunkSpec.Builder spec = TrunkSpec.builder();
      List<String> missing = new ArrayList<>();
      for (FieldRequirement field : metadata.trunkFields()) {
        boolean wanted = field.onCreate() == Requirement.REQUIRED
            // a name to rename later, and credentials (some vendors require them only for the auth mode chosen)
            || field.onCreate() == Requirement.ACCEPTED && field.neutralField().filter(WANTED::contains).isPresent();
        if (wanted && !fill(spec, field, existing, password) && field.onCreate() == Requirement.REQUIRED) {
          missing.add(field.label());
        }
      }
      if (!missing.isEmpty()) {
        throw new ExampleFailedException(providerId + " requires " + String.join(", ", missing)
            + ", for which this example has no value (and no trunk of the account shows one)");
      }
      SipTrunk created = provider.create(spec.build());
      out.println("created:  " + created.id() + " " + created.name().orElse("")
          + created.state().map(s -> " (" + s + ")").orElse(""));

      // 2. Read it back.
      if (provider.supports(Capability.GET)) {
        SipTrunk read = provider.get(created.id());
        if (!read.id().equals(created.id())) {
          throw new ExampleFailedException("get " + created.id() + " answered trunk " + read.id());
        }
        out.println("read:     " + read.id() + " " + read.name().orElse(""));
      }

      // 3. Update: only the fields set here are sent (plus what the provider requires in every update, such as
      //    Wavix's password); everything else stays as it is.
      if (provider.supports(Capability.UPDATE)) {
        TrunkUpdate.Builder update = TrunkUpdate.builder().name("example-office-renamed");
        for (FieldRequirement field : metadata.trunkFields()) {
          if (field.onUpdate() == Requirement.REQUIRED && field.neutralField().orElse(null) == NeutralField.PASSWORD) {
            update.password(Secret.of(password));
          }
        }
        SipTrunk updated = provider.update(created.id(), update.build());
        if (!updated.name().orElse("").equals("example-office-renamed")) {
          throw new ExampleFailedException("the update did not rename the trunk: " + updated.name().orElse("(none)"));
        }
        out.println("updated:  " + updated.id() + " " + updated.name().orElse(""));
      }

      // 4. Status: the live registration, not the administrative state.
      if (provider.supports(Capability.STATUS)) {
        TrunkStatus status = provider.status(created.id());
        out.println("status:   " + status.registration() + status.vendorStatus().map(v -> " (" + v + ")").orElse(""));
      }

      // 5. Delete, and see that it is gone.
      if (provider.supports(Capability.DELETE)) {
        provider.delete(created.id());
        out.println("deleted:  " + created.id());
        if (provider.supports(Capability.GET)) {
          try {
            provider.get(created.id());
            throw new ExampleFailedException("trunk " + created.id() + " is still there after delete");
          } catch (TrunkNotFoundException e) {
            out.println("get after delete: not found, as it should be");
          }
        }
      } else {
        out.println("kept:     " + created.id() + " (" + providerId + " cannot delete trunks)");
      }
    }
  }

  /**
   * Gives {@code field} a value: a sample for what any account accepts (a name, a host, a password), the value an
   * existing trunk has for what must be the account's own (a caller ID, a vendor attribute). False when there is none.
   */
  private static boolean fill(TrunkSpec.Builder spec, FieldRequirement field, Optional<SipTrunk> existing,
      String password) {
    if (field.neutralField().isEmpty()) {
      String name = field.vendorField().orElse("");
      Optional<JsonNode> value = existing.map(t -> t.attributes().get(name));
      value.ifPresent(v -> spec.putAttributes(name, v));
      return value.isPresent();
    }
    switch (field.neutralField().get()) {
      case NAME:
        spec.name("example-office");
        return true;
      case HOST:
        spec.host("sip.example.net");
        return true;
      case PORT:
        spec.port(5060);
        return true;
      case TRANSPORT:
        spec.transport(Transport.UDP);
        return true;
      case USERNAME:
        spec.username("example-office");
        return true;
      case PASSWORD:
        spec.password(Secret.of(password));
        return true;
      case MAX_CHANNELS:
        spec.maxChannels(10);
        return true;
      case ALLOWED_IPS:
        spec.addAllowedIps("192.0.2.10");
        return true;
      case NUMBERS:
        // a number of a documentation range, new on every run
        spec.addNumbers("+4930" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        return true;
      case CALLER_ID:
        Optional<String> callerId = existing.flatMap(SipTrunk::callerId);
        callerId.ifPresent(spec::callerId);
        return callerId.isPresent();
      case COUNTRY_CODE:
        spec.countryCode("DE"); // the country of the sample number
        return true;
      case AUTH_MODE:
        spec.authMode(AuthMode.CREDENTIALS);
        return true;
      default:
        return false;
    }
  }
}
