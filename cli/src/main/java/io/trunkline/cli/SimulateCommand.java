package io.trunkline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", sortOptions = false,
    description = {"Run the vendor simulators until stopped, to try every command offline.",
        "Starts the simulator of each vendor on 127.0.0.1, fills it with the demo's sample data, prints its base URL "
        + "and the options to reach it, and writes an accounts file for 'trunkline inventory'. The credentials are "
        + "the simulators' own fake demo values, printed so you can use them; they open nothing real.",
        "",
        "Stops on Ctrl-C or SIGTERM, or when stdin is closed (Ctrl-D, a closed pipe). A stdin that cannot say so is "
        + "not watched: /dev/null or an unreadable one (in the background, under nohup, in CI: "
        + "'trunkline simulate < /dev/null > simulate.log &') or the terminal of a background job ('trunkline "
        + "simulate &'); then only Ctrl-C or SIGTERM ('kill %%1') stops it, as with --until-signal."},
    footerHeading = "%nExample:%n",
    footer = {"  trunkline simulate",
        "  trunkline simulate --vendors pbx,flex --accounts-file /tmp/sim-accounts.json --first-port 0"})
final class SimulateCommand extends CliCommand {
  /** The port of the first simulator in provider-id order; the others follow it. */
  static final int DEFAULT_FIRST_PORT = 18700;
  static final String DEFAULT_ACCOUNTS_FILE = "trunkline-accounts.json";

  @Option(names = "--vendors", split = ",", paramLabel = "ID[,ID...]", order = 1,
      description = "The vendors to simulate, by provider id. Default: every simulator on the classpath.")
  List<String> vendors;

  @Option(names = "--accounts-file", paramLabel = "PATH", order = 2, defaultValue = DEFAULT_ACCOUNTS_FILE,
      description = "Where to write the accounts file for 'trunkline inventory --config' (replaced if it exists). "
          + "Default: ${DEFAULT-VALUE} in the working directory.")
  Path accountsFile;

  @Option(names = "--first-port", paramLabel = "PORT", order = 3, defaultValue = "" + DEFAULT_FIRST_PORT,
      description = "The port of the first simulator (in provider-id order: every simulator on the classpath has "
          + "its own, PORT, PORT+1, …, whichever --vendors chooses), so the base URLs stay the same from run to run. "
          + "0: free ports. Default: ${DEFAULT-VALUE}.")
  int firstPort;

  @Option(names = "--until-signal", order = 4,
      description = "Do not watch stdin: stop only on Ctrl-C or SIGTERM, also when stdin is a pipe that closes.")
  boolean untilSignal;

  @Override
  int execute() throws IOException {
    List<VendorSimulator> all = ctx.simulators();
    if (all.isEmpty()) {
      throw new TrunkConfigurationException("no vendor simulator is on the classpath: simulate needs "
          + "trunkline-simulators (build with 'mvn -B install -DskipTests')");
    }
    if (firstPort < 0 || firstPort > 65535 - all.size()) {
      throw new UsageException("--first-port must be 0, or 1 to " + (65535 - all.size()));
    }
    Map<VendorSimulator, Integer> chosen = choose(all);
    List<VendorSimulator> started = new ArrayList<>();
    Thread hook = new Thread(() -> stopAll(started), "trunkline-simulate-stop");
    try {
      for (Map.Entry<VendorSimulator, Integer> entry : chosen.entrySet()) {
        VendorSimulator simulator = entry.getKey();
        try {
          simulator.start(entry.getValue());
        } catch (RuntimeException e) {
          throw new TrunkConfigurationException("the " + simulator.providerId() + " simulator could not start on "
              + (entry.getValue() == 0 ? "a free port" : "port " + entry.getValue() + " (taken? try --first-port 0)")
              + ": " + Errors.oneLine(String.valueOf(e.getMessage())));
        }
        started.add(simulator);
        simulator.seedDemoData();
      }
      Runtime.getRuntime().addShutdownHook(hook);
      Path file = writeAccounts(started);
      boolean watchStdin = !untilSignal && Stdin.canSayStop(ctx.stdin());
      printStarted(started, file, watchStdin);
      if (watchStdin) {
        waitForStdinToClose(ctx.stdin());
      } else {
        waitForASignal();
      }
      ctx.out().println("Simulators stopped.");
      ctx.out().flush();
      return ExitCode.OK;
    } finally {
      stopAll(started);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException | IllegalArgumentException e) {
        // shutting down (Ctrl-C): the hook runs, or was never added
      }
    }
  }

  /** The simulators --vendors names, each with its port; an unknown id is bad input with the id meant. */
  private Map<VendorSimulator, Integer> choose(List<VendorSimulator> all) {
    Map<String, VendorSimulator> byId = new LinkedHashMap<>();
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      byId.put(all.get(i).providerId(), all.get(i));
      ports.put(all.get(i).providerId(), firstPort == 0 ? 0 : firstPort + i);
    }
    List<String> ids = vendors == null ? new ArrayList<>(byId.keySet()) : vendors;
    Map<VendorSimulator, Integer> chosen = new LinkedHashMap<>();
    for (String id : ids) {
      VendorSimulator simulator = byId.get(id.trim());
      if (simulator == null) {
        throw new UsageException("--vendors: no simulator for '" + Errors.oneLine(id) + "'"
            + ProviderOptions.meant(id.trim(), new ArrayList<>(byId.keySet())).map(m -> " (did you mean '" + m + "'?)")
                .orElse("") + "; available: " + String.join(", ", byId.keySet()));
      }
      chosen.put(simulator, ports.get(simulator.providerId()));
    }
    return chosen;
  }

  private static synchronized void stopAll(List<VendorSimulator> started) {
    started.forEach(VendorSimulator::close);
  }

  /**
   * Blocks until stdin ends (Ctrl-D, a closed pipe); what is typed is ignored. A stdin that cannot be read (nohup's)
   * says nothing: then it waits for a signal.
   */
  private static void waitForStdinToClose(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // ignore input
      }
    } catch (IOException e) {
      waitForASignal();
    }
  }

  /**
   * Blocks until the JVM ends on Ctrl-C or SIGTERM (the shutdown hook stops the simulators), or this thread is
   * interrupted (in-process use).
   */
  private static void waitForASignal() {
    try {
      new java.util.concurrent.CountDownLatch(1).await();
    } catch (InterruptedException e) {
      // the request to stop, handled here: the simulators are stopped next, with the flag clear
    }
  }

  /** Whether the process's stdin can tell {@code simulate} to stop by closing. */
  static final class Stdin {
    private Stdin() {}

    /**
     * False for the process's stdin when it is /dev/null (a background job of a script, nohup, CI, systemd: it
     * ends at once) or the terminal of a background job (reading it would stop the process); true for any other
     * stream. Where the system cannot say (no /dev/stdin, no /proc), true.
     */
    static boolean canSayStop(InputStream in) {
      if (in != System.in) {
        return true;
      }
      try {
        if (Files.isSameFile(Paths.get("/dev/stdin"), Paths.get("/dev/null"))) {
          return false;
        }
        String target = Files.readSymbolicLink(Paths.get("/proc/self/fd/0")).toString();
        boolean terminal = target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        return !(terminal && inBackground(Files.readString(Paths.get("/proc/self/stat"))));
      } catch (IOException | RuntimeException e) {
        return true;
      }
    }

    /**
     * From {@code /proc/self/stat}: the terminal's foreground process group is not this process's ({@code
     * trunkline simulate &}).
     */
    static boolean inBackground(String stat) {
      // pid (comm) state ppid pgrp session tty_nr tpgid ...; comm may hold spaces and parentheses
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      int pgrp = Integer.parseInt(fields[2]);
      int tpgid = Integer.parseInt(fields[5]);
      return tpgid > 0 && tpgid != pgrp;
    }
  }

  /** One account per simulator, in the format 'trunkline inventory --config' reads; written whole or not at all. */
  private Path writeAccounts(List<VendorSimulator> started) throws IOException {
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode accounts = root.putArray("accounts");
    for (VendorSimulator simulator : started) {
      ProviderConfig config = simulator.config();
      ObjectNode account = accounts.addObject();
      account.put("name", accountName(simulator));
      account.put("provider", simulator.providerId());
      account.put("baseUrl", simulator.baseUrl());
      ObjectNode credentials = account.putObject("credentials");
      Credentials c = config.credentials();
      switch (c.kind()) {
        case BEARER:
          credentials.put("token", c.secret().reveal());
          break;
        case API_KEY:
          credentials.put("apiKey", c.secret().reveal());
          break;
        case USER_PASSWORD:
        default:
          credentials.put("user", c.name().orElse(""));
          credentials.put("password", c.secret().reveal());
          break;
      }
      ObjectNode settings = account.putObject("settings");
      config.settings().forEach(settings::put);
    }
    Path file = accountsFile.toAbsolutePath();
    Path dir = file.getParent() != null ? file.getParent() : Paths.get(".").toAbsolutePath();
    Files.createDirectories(dir);
    Path partial = Files.createTempFile(dir, ".trunkline-accounts-", ".part");
    try {
      Files.write(partial, (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return file;
  }

  static String accountName(VendorSimulator simulator) {
    return simulator.providerId() + "-sim";
  }

  private void printStarted(List<VendorSimulator> started, Path file, boolean watchStdin) {
    ctx.out().println("Trunkline simulators on 127.0.0.1, with the demo's sample data. The credentials below are "
        + "the simulators' own fake demo values.");
    ctx.out().println();
    for (VendorSimulator simulator : started) {
      ctx.out().println(simulator.providerId() + "  " + simulator.baseUrl());
      String listing = firstListing(simulator.providerId());
      ctx.out().println(listing == null ? "  trunkline providers --fields " + simulator.providerId()
          : "  trunkline " + listing + " " + options(simulator));
    }
    ctx.out().println();
    ctx.out().println("Accounts file: " + file);
    ctx.out().println("  trunkline inventory --config " + file);
    ctx.out().println();
    ctx.out().println(watchStdin ? "Stop with Ctrl-C, or by closing stdin (Ctrl-D)."
        : "Stop with Ctrl-C or SIGTERM (kill " + ProcessHandle.current().pid() + "); stdin is not watched.");
    ctx.out().flush();
  }

  /** {@code list}, or for a vendor that cannot list trunks the first listing it has. */
  private String firstListing(String providerId) {
    java.util.Set<io.trunkline.core.Capability> can = ctx.trunkline().metadata(providerId)
        .map(m -> m.capabilities()).orElse(java.util.Set.of());
    for (Map.Entry<io.trunkline.core.Capability, String> listing : Map.of(
        io.trunkline.core.Capability.LIST, "list", io.trunkline.core.Capability.CALLER_IDS, "caller-ids",
        io.trunkline.core.Capability.PROXIES, "proxies", io.trunkline.core.Capability.TEMPLATES, "templates")
        .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      if (can.contains(listing.getKey())) {
        return listing.getValue();
      }
    }
    return null;
  }

  /** The options that reach {@code simulator}: provider, base URL, credentials and settings. */
  static String options(VendorSimulator simulator) {
    ProviderConfig config = simulator.config();
    StringBuilder line = new StringBuilder("--provider " + simulator.providerId() + " --base-url "
        + simulator.baseUrl());
    Credentials c = config.credentials();
    switch (c.kind()) {
      case BEARER:
        line.append(" --token ").append(c.secret().reveal());
        break;
      case API_KEY:
        line.append(" --api-key ").append(c.secret().reveal());
        break;
      case USER_PASSWORD:
      default:
        line.append(" --user ").append(c.name().orElse("")).append(" --password ").append(c.secret().reveal());
        break;
    }
    config.settings().forEach((k, v) -> line.append(" --setting ").append(k).append('=').append(v));
    return line.toString();
  }
}
