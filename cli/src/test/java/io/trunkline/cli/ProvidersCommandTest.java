package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Trunkline;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvidersCommandTest {
  @Test
  void table_listsEveryDiscoveredProvider_withCapabilities() {
    Cli.Result r = Cli.run("providers");
    assertThat(r.code).as(r.toString()).isZero();
    List<String> lines = r.out.lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("NAME", "DEFAULT BASE URL", "CREDENTIALS", "SETTINGS",
        "CAPABILITIES");
    assertThat(lines).hasSize(2 + Trunkline.discover().providers().size());
    assertThat(r.out).containsPattern("fake +Fake vendor \\(tests\\) +https://api.fake.invalid +BEARER +- +all\n");
    assertThat(r.out).containsPattern("fakechan +Fake channel API \\(tests\\) +\\(required: --base-url\\) +API_KEY"
        + " +account-id +get,connect-number");
  }

  @Test
  void json_hasTheMetadataOfEachProvider() throws IOException {
    Cli.Result r = Cli.run("providers", "--output", "json");
    assertThat(r.code).isZero();
    JsonNode array = Json.mapper().readTree(r.out);
    List<String> ids = new ArrayList<>();
    array.forEach(p -> ids.add(p.get("id").asText()));
    assertThat(ids).contains("fake", "fakechan").isSorted();
    JsonNode chan = array.get(ids.indexOf("fakechan"));
    assertThat(chan.get("displayName").asText()).isEqualTo("Fake channel API (tests)");
    assertThat(chan.get("defaultBaseUrl").isNull()).isTrue();
    assertThat(chan.get("credentialKinds").toString()).isEqualTo("[\"API_KEY\"]");
    assertThat(chan.get("requiredSettings").toString()).isEqualTo("[\"account-id\"]");
    assertThat(chan.get("capabilities").toString()).isEqualTo(
        "[\"GET\",\"CONNECT_NUMBER\",\"DISCONNECT_NUMBER\",\"CALLER_IDS\",\"PROXIES\",\"TEMPLATES\"]");
    assertThat(array.get(ids.indexOf("fake")).get("optionalSettings").toString()).isEqualTo("[\"region\"]");
  }

  @Test
  void csv_oneRecordPerProvider() {
    Cli.Result r = Cli.run("providers", "-o", "csv");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith(
        "id,displayName,defaultBaseUrl,credentialKinds,requiredSettings,capabilities\r\n");
    assertThat(r.out).contains("\r\nfakechan,Fake channel API (tests),,API_KEY,account-id,"
        + "GET;CONNECT_NUMBER;DISCONNECT_NUMBER;CALLER_IDS;PROXIES;TEMPLATES\r\n");
  }

  @Test
  void none_saysSo_andStillSucceeds() {
    Cli.Result r = Cli.run(b -> b.trunkline(() -> Trunkline.builder().build()), "providers");
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo("No providers.\n");
    assertThat(r.err).contains("no provider module is on the classpath");
  }
}
