package io.trunkline.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.cli.fake.FakeChannelSimulator;
import io.trunkline.cli.fake.FakeSimulator;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** numbers connect|disconnect, caller-ids, proxies, templates, call-barrings; a provider lacking a capability. */
class ListingsAndNumbersTest {
  private FakeSimulator fake;
  private FakeChannelSimulator channel;
  private String[] fakeAccount;
  private String[] channelAccount;

  @BeforeEach
  void start() {
    fake = new FakeSimulator();
    fake.start();
    fake.seedDemoData();
    channel = new FakeChannelSimulator();
    channel.start();
    channel.seedDemoData();
    fakeAccount = new String[] {"--provider", "fake", "--base-url", fake.baseUrl(), "--token", FakeSimulator.TOKEN};
    channelAccount = new String[] {"--provider", "fakechan", "--base-url", channel.baseUrl(),
        "--api-key", FakeChannelSimulator.KEY, "--setting", "account-id=acc-1"};
  }

  @AfterEach
  void stop() {
    fake.close();
    channel.close();
  }

  @Test
  void numbers_connect_movesTheNumber_inEveryFormat() throws IOException {
    Cli.Result table = Cli.run(Cli.args(new String[] {"numbers", "connect", "3", "+31201234567"}, fakeAccount));
    assertThat(table.code).as(table.toString()).isZero();
    assertThat(table.out).isEqualTo("Connected +31201234567 to trunk 3 at fake.\n");
    assertThat(Cli.run(Cli.args(new String[] {"get", "3"}, fakeAccount)).out).containsPattern("numbers +\\+31201234567");
    assertThat(Cli.run(Cli.args(new String[] {"get", "1"}, fakeAccount)).out).containsPattern("numbers +\\+31201234568\n");

    Cli.Result json = Cli.run(Cli.args(new String[] {"numbers", "connect", "1", "+31201234567", "-o", "json"},
        fakeAccount));
    JsonNode node = Json.mapper().readTree(json.out);
    assertThat(node.get("trunkId").asText()).isEqualTo("1");
    assertThat(node.get("number").asText()).isEqualTo("+31201234567");
    assertThat(node.get("connected").asBoolean()).isTrue();
    Cli.Result csv = Cli.run(Cli.args(new String[] {"numbers", "connect", "2", "+31201234567", "-o", "csv"},
        fakeAccount));
    assertThat(csv.out).isEqualTo("provider,trunkId,number,connected\r\nfake,2,+31201234567,true\r\n");
  }

  @Test
  void numbers_disconnect_inEveryFormat_andAnUnroutedNumberIsAVendorError() {
    Cli.Result table = Cli.run(Cli.args(new String[] {"numbers", "disconnect", "+31201234568"}, fakeAccount));
    assertThat(table.code).as(table.toString()).isZero();
    assertThat(table.out).isEqualTo("Disconnected +31201234568 at fake.\n");
    Cli.Result json = Cli.run(Cli.args(new String[] {"numbers", "disconnect", "+31101110001", "--output", "json"},
        fakeAccount));
    assertThat(json.out).contains("\"disconnected\": true");
    Cli.Result csv = Cli.run(Cli.args(new String[] {"numbers", "disconnect", "+31101110002", "--output", "csv"},
        fakeAccount));
    assertThat(csv.out).isEqualTo("provider,number,disconnected\r\nfake,+31101110002,true\r\n");
    Cli.Result again = Cli.run(Cli.args(new String[] {"numbers", "disconnect", "+31201234568"}, fakeAccount));
    assertThat(again.code).isEqualTo(1);
    assertThat(again.err).contains("HTTP 404", "is not routed");
  }

  @Test
  void numbers_invalidNumber_isExit2_andNothingIsSent() {
    fake.resetStubs();
    Cli.Result r = Cli.run(Cli.args(new String[] {"numbers", "connect", "1", "0612345678"}, fakeAccount));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("trunkline: number");
    assertThat(fake.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void numbers_withoutSubcommand_isUsageError() {
    Cli.Result r = Cli.run("numbers");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("connect", "disconnect");
  }

  @Test
  void callerIds_inEveryFormat_andLimit() throws IOException {
    Cli.Result table = Cli.run(Cli.args(new String[] {"caller-ids"}, channelAccount));
    assertThat(table.code).as(table.toString()).isZero();
    assertThat(table.out.lines().toList().get(0)).startsWith("PROVIDER  NUMBER");
    assertThat(table.out).contains("fakechan", "+31201234567", "c1", "Main line", "{\"verified\":true}");
    JsonNode json = Json.mapper().readTree(Cli.run(Cli.args(new String[] {"caller-ids", "-o", "json"},
        channelAccount)).out);
    assertThat(json).hasSize(2);
    assertThat(json.get(0).get("provider").asText()).isEqualTo("fakechan");
    assertThat(json.get(0).get("number").asText()).isEqualTo("+31201234567");
    assertThat(json.get(0).get("attributes").get("verified").asBoolean()).isTrue();
    assertThat(Cli.run(Cli.args(new String[] {"caller-ids", "-o", "csv"}, channelAccount)).out).isEqualTo(
        "provider,number,id,name,attributes\r\n"
            + "fakechan,+31201234567,c1,Main line,\"{\"\"verified\"\":true}\"\r\n"
            + "fakechan,+31107654321,c2,Rotterdam,\r\n");
    assertThat(Cli.run(Cli.args(new String[] {"caller-ids", "--limit", "1", "-o", "json"}, channelAccount)).out)
        .contains("c1").doesNotContain("c2");
  }

  @Test
  void proxies_templates_callBarrings_inEveryFormat() throws IOException {
    assertThat(Cli.run(Cli.args(new String[] {"proxies"}, channelAccount)).out)
        .contains("eu-proxy", "proxy.example.net");
    assertThat(Cli.run(Cli.args(new String[] {"proxies", "-o", "csv"}, channelAccount)).out).isEqualTo(
        "provider,id,name,attributes\r\nfakechan,p1,eu-proxy,\"{\"\"host\"\":\"\"proxy.example.net\"\",\"\"port\"\":5060}\"\r\n");
    assertThat(Json.mapper().readTree(Cli.run(Cli.args(new String[] {"proxies", "-o", "json"}, channelAccount)).out)
        .get(0).get("attributes").get("port").asInt()).isEqualTo(5060);

    Cli.Result templates = Cli.run(Cli.args(new String[] {"templates"}, channelAccount));
    assertThat(templates.code).isZero();
    assertThat(templates.out).contains("standard", "high-volume");
    assertThat(Json.mapper().readTree(Cli.run(Cli.args(new String[] {"templates", "-o", "json"}, channelAccount)).out))
        .hasSize(2);
    assertThat(Cli.run(Cli.args(new String[] {"templates", "-o", "csv", "--limit", "1"}, channelAccount)).out)
        .isEqualTo("provider,id,name,attributes\r\nfakechan,t1,standard,\r\n");

    Cli.Result barrings = Cli.run(Cli.args(new String[] {"call-barrings"}, fakeAccount));
    assertThat(barrings.code).isZero();
    assertThat(barrings.out).contains("premium-rate", "+31900");
    assertThat(Cli.run(Cli.args(new String[] {"call-barrings", "-o", "json"}, fakeAccount)).out)
        .contains("\"name\": \"premium-rate\"");
    assertThat(Cli.run(Cli.args(new String[] {"call-barrings", "-o", "csv"}, fakeAccount)).out)
        .startsWith("provider,id,name,attributes\r\nfake,b1,premium-rate,");
  }

  @Test
  void aCapabilityTheProviderLacks_isExit2_namingWhatItCanDo() {
    Cli.Result list = Cli.run(Cli.args(new String[] {"list"}, channelAccount));
    assertThat(list.code).isEqualTo(2);
    assertThat(list.err.lines()).hasSize(1);
    assertThat(list.err).contains("provider 'fakechan' does not support list",
        "it supports get, connect-number, disconnect-number, caller-ids, proxies, templates",
        "trunkline providers");
    Cli.Result barrings = Cli.run(Cli.args(new String[] {"call-barrings"}, channelAccount));
    assertThat(barrings.code).isEqualTo(2);
    assertThat(barrings.err).contains("does not support call-barrings");
    assertThat(Cli.run(Cli.args(new String[] {"export"}, channelAccount)).code).isEqualTo(2);
    assertThat(Cli.run(Cli.args(new String[] {"delete", "1"}, channelAccount)).code).isEqualTo(2);
    assertThat(Cli.run(Cli.args(new String[] {"status", "1"}, channelAccount)).code).isEqualTo(2);
  }
}
