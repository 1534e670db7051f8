package io.trunkline.examples;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Capability;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.model.Transport;

/**
 * The lifecycle of one trunk through the neutral API: create, update, status, delete. Each step runs only if
 * the provider declares the capability; a vendor that lacks one would throw {@code UnsupportedCapabilityException}.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.TrunkLifecycleExample}
 * (default provider {@code pbx}; another with {@code -Dexec.args=flex}).
 */
public final class TrunkLifecycleExample {
  private TrunkLifecycleExample() {}

  public static void main(String[] args) {
    String providerId = args.length > 0 ? args[0] : "pbx";
    try (ExampleAccount account = ExampleAccount.open(providerId)) {
      TrunkProvider provider = account.provider();
      System.out.println("provider " + provider.id() + " (" + account.describe() + ") can: " + provider.capabilities());
      if (!provider.supports(Capability.CREATE)) {
        System.out.println("this provider cannot create trunks; try pbx, flex or famulor");
        return;
      }

      // 1. Create. Neutral fields, plus the vendor's own fields under their own names in attributes (each
      //    provider's README lists what it needs). Input is checked before anything is sent:
      //    a bad port or E.164 number throws TrunkValidationException naming the field.
      TrunkSpec spec = TrunkSpec.builder()
          .name("example-office")
          .host("sip.example.net")
          .port(5060)
          .transport(Transport.UDP)
          .authMode(AuthMode.CREDENTIALS)
          .username("example-office")
          .password(io.trunkline.core.Secret.of("change-me-" + System.nanoTime()))
          .addNumbers("+31201234567")
          .maxChannels(10)
          .putAttributes("outbound_server", TextNode.valueOf("sip.example.net"))
          .build();
      SipTrunk created;
      try {
        created = provider.create(spec);
      } catch (TrunkValidationException e) {
        System.out.println("the provider refused the spec before sending it: " + e.getMessage());
        return;
      }
      System.out.println("created:  " + created.id() + " " + created.name().orElse("")
          + created.state().map(s -> " (" + s + ")").orElse(""));

      // 2. Update: only the fields set here are sent; everything else stays as it is.
      if (provider.supports(Capability.UPDATE)) {
        SipTrunk updated = provider.update(created.id(), TrunkUpdate.builder()
            .name("example-office-renamed")
            .maxChannels(20)
            .build());
        System.out.println("updated:  " + updated.id() + " " + updated.name().orElse("") + ", "
            + updated.maxChannels().map(c -> c + " channels").orElse("no channel limit"));
      }

      // 3. Status: the live registration, not the administrative state.
      if (provider.supports(Capability.STATUS)) {
        TrunkStatus status = provider.status(created.id());
        System.out.println("status:   " + status.registration() + status.vendorStatus().map(v -> " (" + v + ")").orElse(""));
      }

      // 4. Delete, and see that it is gone.
      if (provider.supports(Capability.DELETE)) {
        provider.delete(created.id());
        System.out.println("deleted:  " + created.id());
        if (provider.supports(Capability.GET)) {
          try {
            provider.get(created.id());
            System.out.println("unexpected: the trunk is still there");
          } catch (TrunkNotFoundException e) {
            System.out.println("get after delete: not found, as it should be");
          }
        }
      }
    }
  }
}
