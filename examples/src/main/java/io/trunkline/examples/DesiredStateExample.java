package io.trunkline.examples;

import io.trunkline.core.Trunkline;
import io.trunkline.plan.Accounts;
import io.trunkline.plan.Applier;
import io.trunkline.plan.ApplyReport;
import io.trunkline.plan.DesiredState;
import io.trunkline.plan.DesiredStateReader;
import io.trunkline.plan.Plan;
import io.trunkline.plan.PlanPrinter;
import io.trunkline.plan.Planner;
import io.trunkline.testing.VendorSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Desired state: describe the trunks you want at every account in one file, plan what would change, apply it, and
 * plan again to see nothing left to do.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.DesiredStateExample} — the
 * file {@code desired-state.yaml} next to this class, against the PBX and Flex simulators. With
 * {@code -Dexec.args=your-file.yaml} it plans and applies your file against your accounts instead, its
 * {@code env:NAME} references read from the environment.
 */
public final class DesiredStateExample {
  private DesiredStateExample() {}

  public static void main(String[] args) {
    run(args, System.out);
  }

  /** Plans, applies and plans again; {@link ExampleFailedException} when a step did not apply or changes remain. */
  static void run(String[] args, PrintStream out) {
    List<VendorSimulator> started = new ArrayList<>();
    try {
      DesiredState desired;
      Map<String, String> environment;
      if (args.length > 0) {
        desired = new DesiredStateReader().read(Path.of(args[0]));
        environment = System.getenv();
      } else {
        desired = new DesiredStateReader().readYaml(bundledFile());
        environment = simulated(started);
      }

      // Accounts opens each account's provider, its env:NAME references resolved from the environment given.
      try (Accounts accounts = Accounts.open(desired, Trunkline.discover(), environment)) {
        // 1. The plan: creates, updates (the changed fields only), no deletes without prune(true).
        Plan plan = new Planner().plan(desired, accounts);
        out.print(PlanPrinter.human(plan));

        // 2. Apply it: creates and updates first, then deletes; each step applied, refused or outcome unknown.
        ApplyReport report = new Applier().apply(plan, accounts);
        out.println();
        out.print(PlanPrinter.human(report));
        if (!report.allApplied()) {
          throw new ExampleFailedException("some steps did not apply (see above); running it again applies the rest");
        }

        // 3. Plan again: nothing left to do.
        Plan again = new Planner().plan(desired, accounts);
        out.println();
        out.print(PlanPrinter.human(again));
        if (again.hasChanges()) {
          throw new ExampleFailedException("the plan made after the apply still has changes");
        }
      }
    } finally {
      started.forEach(VendorSimulator::close);
    }
  }

  private static String bundledFile() {
    try (InputStream in = DesiredStateExample.class.getResourceAsStream("desired-state.yaml")) {
      if (in == null) {
        throw new ExampleFailedException("desired-state.yaml is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the PBX and Flex simulators; the environment the bundled file's env:NAME references need. */
  private static Map<String, String> simulated(List<VendorSimulator> started) {
    Map<String, String> env = new HashMap<>();
    for (String provider : List.of("pbx", "flex")) {
      VendorSimulator simulator = ExampleAccount.simulator(provider).orElseThrow(
          () -> new ExampleFailedException("no " + provider + " simulator on the classpath"));
      simulator.start();
      started.add(simulator);
      simulator.seedDemoData();
      String secret = simulator.config().credentials().secret().reveal();
      if (provider.equals("pbx")) {
        env.put("PBX_URL", simulator.baseUrl());
        env.put("PBX_PASSWORD", secret);
      } else {
        env.put("FLEX_URL", simulator.baseUrl());
        env.put("FLEX_KEY", secret);
      }
    }
    env.put("SIP_PASSWORD", "Sip-" + UUID.randomUUID());
    return env;
  }
}
