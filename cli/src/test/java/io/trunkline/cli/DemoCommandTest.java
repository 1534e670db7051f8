package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.cli.fake.FakeChannelSimulator;
import io.trunkline.cli.fake.FakeProviderFactory;
import io.trunkline.cli.fake.FakeSimulator;
import io.trunkline.core.Trunkline;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The demo with every simulator ServiceLoader finds: the fakes of this module's tests and, once merged, the
 * five vendors' simulators.
 */
@Timeout(120)
class DemoCommandTest {
  @Test
  void table_showsTheInventory_andTheOtherListingsOfProvidersThatCannotListTrunks() {
    List<String> ids = CliContext.loadSimulators().stream().map(VendorSimulator::providerId).toList();
    Cli.Result r = Cli.run("demo");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).as(r.toString()).isEmpty();
    assertThat(r.out).startsWith("Trunkline demo: " + ids.size() + " vendor simulators on 127.0.0.1 ("
        + String.join(", ", ids) + "); no network, no account.\n");
    assertThat(r.out).containsPattern("\nACCOUNT +PROVIDER +ID +NAME")
        .containsPattern("\nfake-demo +fake +1 +office-amsterdam +ACTIVE")
        .contains("Account 'fakechan-demo' (fakechan) cannot list trunks; its caller IDs, proxies and templates:")
        .contains("\nCaller IDs\n", "\nProxies\n", "\nTemplates\n", "eu-proxy", "high-volume")
        .doesNotContain("fakechan-demo  fakechan")
        .endsWith("Simulators stopped. Next: 'trunkline simulate' keeps them running, to try list, create, update and delete.\n");
  }

  @Test
  void json_isAnObjectOfTrunksAndOtherListings() throws IOException {
    Cli.Result r = Cli.run("demo", "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode root = Json.mapper().readTree(r.out);
    List<String> accounts = new ArrayList<>();
    root.get("trunks").forEach(t -> accounts.add(t.get("account").asText()));
    assertThat(accounts).contains("fake-demo").doesNotContain("fakechan-demo");
    List<String> callerIdProviders = new ArrayList<>();
    root.get("callerIds").forEach(c -> callerIdProviders.add(c.get("provider").asText()));
    assertThat(callerIdProviders).contains("fakechan").doesNotContain("fake");
    assertThat(root.get("proxies").toString()).contains("eu-proxy");
    assertThat(root.get("templates").toString()).contains("standard");
  }

  @Test
  void csv_isTheInventoryOnly() {
    Cli.Result r = Cli.run("demo", "-o", "csv");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).startsWith("account,provider,id,name,").contains("\r\nfake-demo,fake,1,office-amsterdam,");
    assertThat(r.err).contains("shown with --output table or json");
  }

  @Test
  void choosesByCapabilities_notByProviderId_andStopsEverySimulator() {
    FakeSimulator fake = new FakeSimulator();
    FakeChannelSimulator channel = new FakeChannelSimulator();
    Cli.Result r = Cli.run(b -> b.simulators(() -> List.of(fake, channel)), "demo");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("(fake, fakechan)", "3 trunks in 1 account.", "Account 'fakechan-demo'");
    org.assertj.core.api.Assertions.assertThatThrownBy(fake::server).isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(channel::server).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSimulatorWhoseProviderIsMissing_failsThatAccountOnly_exit3() {
    Cli.Result r = Cli.run(b -> b
        .trunkline(() -> Trunkline.builder().register(new FakeProviderFactory()).build())
        .simulators(() -> List.of(new FakeSimulator(), new FakeChannelSimulator())), "demo");
    assertThat(r.code).as(r.toString()).isEqualTo(3);
    assertThat(r.out).contains("fake-demo");
    assertThat(r.err).contains("account 'fakechan-demo' (fakechan) failed: unknown provider 'fakechan'");
  }

  @Test
  void aSimulatorThatDoesNotStart_failsThatAccountOnly() {
    VendorSimulator broken = new FakeChannelSimulator() {
      @Override
      public void seedDemoData() {
        throw new IllegalStateException("seed data missing");
      }
    };
    Cli.Result r = Cli.run(b -> b.simulators(() -> List.of(new FakeSimulator(), broken)), "demo");
    assertThat(r.code).isEqualTo(3);
    assertThat(r.err).contains("account 'fakechan-demo' (fakechan) failed: its simulator did not start", "seed data missing");
  }

  @Test
  void noSimulators_isExit2() {
    Cli.Result r = Cli.run(b -> b.simulators(List::of), "demo");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("no vendor simulator is on the classpath");
  }

  static String ids(List<VendorSimulator> simulators) {
    return simulators.stream().map(VendorSimulator::providerId).collect(Collectors.joining(", "));
  }
}
