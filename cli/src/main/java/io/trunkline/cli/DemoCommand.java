package io.trunkline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Capability;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", sortOptions = false,
    description = {"Try trunkline offline against simulators of every vendor.",
        "Starts the simulator of every vendor on 127.0.0.1, fills it with sample data, runs an inventory "
        + "across all of them, then (with --output table) plans and applies a desired state at the Flex simulator "
        + "and plans again to show no changes, and stops them. No network, no account, nothing to configure.",
        "",
        "A vendor whose API cannot list trunks shows its caller IDs, proxies and templates instead."},
    footerHeading = "%nExample:%n",
    footer = {"  java -jar cli/target/trunkline.jar demo", "  java -jar cli/target/trunkline.jar demo --output json"})
final class DemoCommand extends CliCommand {
  @Mixin
  OutputOptions output;

  @Override
  int execute() {
    List<VendorSimulator> simulators = ctx.simulators();
    if (simulators.isEmpty()) {
      throw new TrunkConfigurationException("no vendor simulator is on the classpath: the demo needs "
          + "trunkline-simulators (build with 'mvn -B install -DskipTests')");
    }
    List<VendorSimulator> started = new ArrayList<>();
    List<Inventory.Result> failedToStart = new ArrayList<>();
    try {
      startAll(simulators, started, failedToStart);
      boolean table = output.format == Format.table;
      if (table) {
        ctx.out().println("Trunkline demo: " + started.size() + " vendor simulator" + (started.size() == 1 ? "" : "s")
            + " on 127.0.0.1 (" + started.stream().map(VendorSimulator::providerId).collect(Collectors.joining(", "))
            + "); no network, no account.");
        ctx.out().println();
      }
      List<Inventory.Source> sources = new ArrayList<>();
      for (VendorSimulator simulator : started) {
        sources.add(new Inventory.Source(simulator.providerId() + "-demo", simulator.providerId(), simulator::config));
      }
      List<Inventory.Result> results = new ArrayList<>(new Inventory(ctx, null, true).run(sources));
      results.addAll(failedToStart);
      int code;
      if (output.format == Format.json) {
        code = json(results);
      } else {
        code = InventoryCommand.report(ctx, output.printer(ctx), results, debug());
        printOtherListings(results);
      }
      if (table) {
        java.util.Optional<VendorSimulator> flex = started.stream()
            .filter(s -> s.providerId().equals(DemoPlan.PROVIDER)).findFirst();
        if (flex.isPresent() && !DemoPlan.run(ctx, flex.get()) && code == ExitCode.OK) {
          code = ExitCode.PARTIAL;
        }
      }
      if (table) {
        ctx.out().println();
        ctx.out().println("Simulators stopped. Next: 'trunkline simulate' keeps them running, to try list, create, "
            + "update and delete.");
      }
      ctx.out().flush();
      return code;
    } finally {
      started.forEach(VendorSimulator::close);
    }
  }

  /** Starts and seeds every simulator at once; one that fails is recorded as a failed account. */
  private void startAll(List<VendorSimulator> simulators, List<VendorSimulator> started,
      List<Inventory.Result> failed) {
    List<CompletableFuture<VendorSimulator>> starting = new ArrayList<>();
    for (VendorSimulator simulator : simulators) {
      starting.add(CompletableFuture.supplyAsync(() -> {
        simulator.start();
        simulator.seedDemoData();
        return simulator;
      }));
    }
    for (int i = 0; i < starting.size(); i++) {
      VendorSimulator simulator = simulators.get(i);
      try {
        started.add(starting.get(i).join());
      } catch (RuntimeException e) {
        simulator.close();
        Inventory.Result result = new Inventory.Result(
            new Inventory.Source(simulator.providerId() + "-demo", simulator.providerId(), () -> null));
        result.failure = new TrunkConfigurationException("its simulator did not start: "
            + (e.getCause() != null ? e.getCause() : e));
        failed.add(result);
      }
    }
  }

  private boolean debug() {
    Object root = spec.root().userObject();
    return root instanceof TrunklineCommand && ((TrunklineCommand) root).debug;
  }

  /** {"trunks": [...], "callerIds": [...], "proxies": [...], "templates": [...]}; failures on stderr. */
  private int json(List<Inventory.Result> results) {
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode trunks = root.putArray("trunks");
    ArrayNode callerIds = root.putArray("callerIds");
    ArrayNode proxies = root.putArray("proxies");
    ArrayNode templates = root.putArray("templates");
    for (Inventory.Result result : results) {
      result.trunks.forEach(t -> trunks.add(Views.inventoryJson(new Views.AccountTrunk(result.source.name, t))));
      result.callerIds.forEach(c -> callerIds.add(Json.mapper().valueToTree(c)));
      result.proxies.forEach(p -> proxies.add(Json.mapper().valueToTree(p)));
      result.templates.forEach(t -> templates.add(Json.mapper().valueToTree(t)));
    }
    new Printer(ctx.out(), Format.json).json(root);
    return InventoryCommand.reportProblems(ctx, results, debug());
  }

  /** For each provider that cannot list trunks, chosen by its capabilities: its caller IDs, proxies, templates. */
  private void printOtherListings(List<Inventory.Result> results) {
    boolean table = output.format == Format.table;
    boolean skippedInCsv = false;
    for (Inventory.Result result : results) {
      if (result.failed() || !result.showsOtherListings()) {
        continue;
      }
      if (!table) {
        skippedInCsv = true;
        continue;
      }
      ctx.out().println();
      List<String> shown = new ArrayList<>();
      if (result.capabilities.contains(Capability.CALLER_IDS)) {
        shown.add("caller IDs");
      }
      if (result.capabilities.contains(Capability.PROXIES)) {
        shown.add("proxies");
      }
      if (result.capabilities.contains(Capability.TEMPLATES)) {
        shown.add("templates");
      }
      ctx.out().println("Account '" + result.source.name + "' (" + result.source.provider
          + ") cannot list trunks; its " + joinWords(shown) + ":");
      if (result.capabilities.contains(Capability.CALLER_IDS)) {
        section("Caller IDs", result.callerIds, Views.callerIdColumns(Format.table), "caller IDs");
      }
      if (result.capabilities.contains(Capability.PROXIES)) {
        section("Proxies", result.proxies, Views.proxyColumns(Format.table), "proxies");
      }
      if (result.capabilities.contains(Capability.TEMPLATES)) {
        section("Templates", result.templates, Views.templateColumns(Format.table), "templates");
      }
    }
    if (skippedInCsv) {
      ctx.err().println("trunkline: caller IDs, proxies and templates of providers that cannot list trunks are "
          + "shown with --output table or json");
    }
    ctx.out().flush();
  }

  /** "a", "a and b", "a, b and c". */
  static String joinWords(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
  }

  private <T> void section(String title, List<T> items, List<Column<T>> columns, String noun) {
    ctx.out().println();
    ctx.out().println(title);
    new Printer(ctx.out(), Format.table).list(noun, items, columns, item -> Json.mapper().valueToTree(item));
  }
}
