package io.trunkline.examples.modulepath;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trunkline.core.Capability;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.micrometer.TrunklineMetrics;
import io.trunkline.plan.Accounts;
import io.trunkline.plan.DesiredState;
import io.trunkline.plan.DesiredStateReader;
import io.trunkline.plan.PlanPrinter;
import io.trunkline.plan.Planner;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.ChannelTemplate;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.provider.famulor.FamulorSipTrunk;
import io.trunkline.provider.flex.FlexClient;
import io.trunkline.provider.flex.FlexTrunk;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxTrunk;
import io.trunkline.provider.propertiesv2.PropertiesV2Client;
import io.trunkline.provider.propertiesv2.SipTrunkDetails;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.flex.FlexSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A module-path user's program, run by {@link AllProvidersOnTheModulePathTest} in a JVM of its own (this class on the
 * class path, every Trunkline module and library on the module path). It prints what modules the JVM made of the
 * jars, then for each of the five vendors: starts its simulator (found through {@link ServiceLoader}), opens the
 * provider with {@code Trunkline.discover()}, lists and gets a trunk through the neutral API, unwraps the typed client
 * and makes one typed read, every call timed by {@code io.trunkline.micrometer}; and last plans a desired-state file
 * at two of them with {@code io.trunkline.plan}.
 * Any failure ends the program with an exception, so a non-zero exit.
 */
final class AllProvidersMain {
  /** The desired state planned at the PBX and Flex simulators: one update, one create. */
  private static final String DESIRED = String.join("\n",
      "accounts:",
      "  - {id: eu-pbx, provider: pbx, baseUrl: env:PBX_URL,",
      "     credentials: {user: env:PBX_USER, password: env:PBX_PASSWORD}}",
      "  - {id: wavix, provider: flex, baseUrl: env:FLEX_URL, credentials: {token: env:FLEX_KEY}}",
      "trunks:",
      "  - {account: eu-pbx, name: Telnyx US, maxChannels: 60}",
      "  - {account: wavix, name: Hamburg office, callerId: \"+13132847321\", password: env:SIP_PASSWORD}",
      "");

  private AllProvidersMain() {}

  public static void main(String[] args) {
    System.out.println("modules: " + ModuleLayer.boot().modules().stream()
        .filter(m -> m.getName().startsWith("io.trunkline.") || m.getName().equals("wiremock.standalone")
            || m.getName().equals("micrometer.core"))
        .sorted(Comparator.comparing(Module::getName)).map(AllProvidersMain::describe)
        .collect(Collectors.joining(", ")));
    List<VendorSimulator> simulators = new ArrayList<>();
    ServiceLoader.load(VendorSimulator.class).forEach(simulators::add);
    simulators.sort(Comparator.comparing(VendorSimulator::providerId));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    TrunklineMetrics metrics = new TrunklineMetrics(registry);
    try {
      for (VendorSimulator simulator : simulators) {
        simulator.start();
        simulator.seedDemoData();
        ProviderConfig config = ProviderConfig.builder().from(simulator.config()).listener(metrics).build();
        try (TrunkProvider provider = Trunkline.discover().open(simulator.providerId(), config)) {
          System.out.println(provider.id() + ": " + moduleOf(provider) + " | " + neutralRead(provider) + " | "
              + typedRead(provider));
        }
      }
      System.out.println("metrics: " + TrunklineMetrics.CALLS + " " + callsPerProvider(registry));
      plan(simulators);
    } finally {
      simulators.forEach(VendorSimulator::close);
    }
  }

  /** The module the provider's typed client type comes from, and what it exports. */
  private static String moduleOf(TrunkProvider provider) {
    Module module = clientType(provider.id()).getModule();
    String exports = module.getDescriptor().exports().stream().map(e -> e.source() + (e.isQualified() ? " to "
        + e.targets() : "")).sorted().collect(Collectors.joining(", "));
    String internal = module.getPackages().stream().filter(p -> p.endsWith(".internal")).findFirst().orElseThrow();
    return describe(module) + " exports [" + exports + "], " + internal + " exported: " + module.isExported(internal);
  }

  private static Class<?> clientType(String providerId) {
    switch (providerId) {
      case ChannelClient.ID: return ChannelClient.class;
      case FamulorClient.ID: return FamulorClient.class;
      case FlexClient.ID: return FlexClient.class;
      case PbxClient.ID: return PbxClient.class;
      case PropertiesV2Client.ID: return PropertiesV2Client.class;
      default: throw new IllegalStateException("no typed client known for " + providerId);
    }
  }

  /** The neutral listing and a get of its first trunk; channel has neither, so its proxies instead. */
  private static String neutralRead(TrunkProvider provider) {
    if (!provider.supports(Capability.LIST)) {
      return "list unsupported, " + provider.proxies().toList().size() + " proxies";
    }
    List<SipTrunk> trunks = provider.list().toList();
    SipTrunk got = provider.get(trunks.get(0).id());
    return "list " + trunks.size() + ", get " + got.id() + " " + got.name().orElse("-") + " at "
        + got.host().orElse("-");
  }

  /** One read through the vendor's own client (its model read by Jackson in the provider's module). */
  private static String typedRead(TrunkProvider provider) {
    switch (provider.id()) {
      case ChannelClient.ID: {
        List<ChannelTemplate> templates = provider.unwrap(ChannelClient.class).templates().toList();
        return "ChannelClient.templates " + templates.size() + ", first " + templates.get(0).name().orElse("-");
      }
      case FamulorClient.ID: {
        long id = Long.parseLong(provider.list().toList().get(0).id());
        FamulorSipTrunk trunk = provider.unwrap(FamulorClient.class).get(id);
        return "FamulorClient.get " + trunk.id() + " " + trunk.phoneNumber() + " " + trunk.sipCallingFormat()
            .orElseThrow();
      }
      case FlexClient.ID: {
        long id = Long.parseLong(provider.list().toList().get(0).id());
        FlexTrunk trunk = provider.unwrap(FlexClient.class).get(id);
        return "FlexClient.get " + trunk.id() + " " + trunk.label() + " " + trunk.createdAt().orElseThrow();
      }
      case PbxClient.ID: {
        String id = provider.list().toList().get(0).id();
        PbxTrunk trunk = provider.unwrap(PbxClient.class).get(id);
        return "PbxClient.get " + trunk.id() + " " + trunk.authMode().orElseThrow() + " "
            + trunk.transport().orElseThrow();
      }
      case PropertiesV2Client.ID: {
        String sid = provider.list().toList().get(0).id();
        SipTrunkDetails trunk = provider.unwrap(PropertiesV2Client.class).getSipTrunkDetails(sid);
        return "PropertiesV2Client.getSipTrunkDetails " + trunk.sipTrunkSid() + " " + trunk.type().orElseThrow()
            + " " + trunk.created().orElseThrow();
      }
      default:
        throw new IllegalStateException("no typed read for " + provider.id());
    }
  }

  /** How many calls {@link TrunklineMetrics} timed, per provider. */
  private static Map<String, Long> callsPerProvider(SimpleMeterRegistry registry) {
    Map<String, Long> calls = new TreeMap<>();
    for (Timer timer : registry.find(TrunklineMetrics.CALLS).timers()) {
      calls.merge(timer.getId().getTag("provider"), timer.count(), Long::sum);
    }
    return calls;
  }

  /** Plans {@link #DESIRED} at the running PBX and Flex simulators and prints the plan. */
  private static void plan(List<VendorSimulator> simulators) {
    VendorSimulator pbx = simulators.stream().filter(s -> s.providerId().equals(PbxClient.ID)).findFirst()
        .orElseThrow();
    VendorSimulator flex = simulators.stream().filter(s -> s.providerId().equals(FlexClient.ID)).findFirst()
        .orElseThrow();
    Map<String, String> environment = Map.of("PBX_URL", pbx.baseUrl(), "PBX_USER", PbxSimulator.USER,
        "PBX_PASSWORD", PbxSimulator.PASSWORD, "FLEX_URL", flex.baseUrl(), "FLEX_KEY", FlexSimulator.API_KEY,
        "SIP_PASSWORD", "Hamburg-Office-2026");
    DesiredState desired = new DesiredStateReader().readYaml(DESIRED);
    try (Accounts accounts = Accounts.open(desired, Trunkline.discover(), environment)) {
      System.out.print(PlanPrinter.human(new Planner().plan(desired, accounts)));
    }
  }

  /** {@code name (explicit)} or {@code name (automatic)}; an unnamed module says so. */
  private static String describe(Module module) {
    if (!module.isNamed()) {
      return "unnamed " + module;
    }
    return module.getName() + (module.getDescriptor().isAutomatic() ? " (automatic)" : " (explicit)");
  }
}
