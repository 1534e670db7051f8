package io.trunkline.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.cli.fake.FakeSimulator;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** list, get, create, update, delete, status: every output format and exit code, against the fake simulator. */
class TrunkCommandsTest {
  private FakeSimulator sim;
  private String[] account;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sim = new FakeSimulator();
    sim.start();
    sim.seedDemoData();
    account = new String[] {"--provider", "fake", "--base-url", sim.baseUrl(), "--token", FakeSimulator.TOKEN};
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Cli.Result run(String... args) {
    return Cli.run(Cli.args(args, account));
  }

  // ---- list ----

  @Test
  void list_table_alignsColumns_truncatesLongValuesWithEllipsis() {
    Cli.Result r = run("list");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    List<String> lines = r.out.lines().toList();
    assertThat(lines.get(0)).startsWith("ID  NAME").contains("STATE", "AUTH", "HOST", "TRANSPORT", "NUMBERS", "CHANNELS");
    assertThat(lines.get(1)).matches("[- ]+");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(2)).contains("office-amsterdam", "ACTIVE", "CREDENTIALS", "sip.example.net:5060", "UDP",
        "+31201234567, +31201234568");
    // host is 61 characters: cut to the column's 32 with an ellipsis
    assertThat(lines.get(3)).contains("a-very-long-hostname-for-the-si\u2026").doesNotContain("eu-west-1");
    // columns line up: every row has NAME at the header's offset
    int nameAt = lines.get(0).indexOf("NAME");
    assertThat(lines.subList(2, 5)).allSatisfy(l -> assertThat(l.charAt(nameAt - 1)).isEqualTo(' '));
    assertThat(lines.get(2).substring(nameAt)).startsWith("office-amsterdam");
    // numbers are right-aligned under CHANNELS
    int channelsEnd = lines.get(0).length();
    assertThat(lines.get(2)).endsWith("10");
    assertThat(lines.get(2).length()).isEqualTo(channelsEnd);
  }

  @Test
  void list_json_isTheNeutralContract_anArrayOfSipTrunks() throws IOException {
    Cli.Result r = run("list", "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    JsonNode array = Json.mapper().readTree(r.out);
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(3);
    JsonNode first = array.get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("provider", "id", "name", "state", "host", "port", "transport", "authMode",
        "username", "allowedIps", "numbers", "callerId", "maxChannels", "countryCode", "createdAt", "updatedAt",
        "attributes");
    assertThat(first.get("provider").asText()).isEqualTo("fake");
    assertThat(first.get("id").asText()).isEqualTo("1");
    assertThat(first.get("port").asInt()).isEqualTo(5060);
    assertThat(first.get("createdAt").asText()).isEqualTo("2026-03-31T10:00:00Z");
    assertThat(first.get("updatedAt").isNull()).isTrue();
    assertThat(first.get("attributes").get("sip_calling_format").asText()).isEqualTo("e164");
    assertThat(array.get(1).get("port").isNull()).isTrue();
    assertThat(array.get(2).get("numbers").isArray()).isTrue();
    assertThat(array.get(2).get("numbers")).isEmpty();
    // it reads back as the library's own model
    SipTrunk back = Json.mapper().treeToValue(first, SipTrunk.class);
    assertThat(back.name()).contains("office-amsterdam");
    // pretty-printed
    assertThat(r.out).startsWith("[\n  {\n    \"provider\": \"fake\",");
  }

  @Test
  void list_csv_followsRfc4180() {
    Cli.Result r = run("list", "--output", "csv");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).startsWith("provider,id,name,state,host,port,transport,authMode,username,allowedIps,numbers,"
        + "callerId,maxChannels,countryCode,createdAt,updatedAt,attributes\r\n");
    assertThat(r.out).contains("\r\nfake,1,office-amsterdam,ACTIVE,sip.example.net,5060,UDP,CREDENTIALS,office,,"
        + "+31201234567;+31201234568,+31201234567,10,NL,2026-03-31T10:00:00Z,,\"{\"\"sip_calling_format\"\":\"\"e164\"\"}\"\r\n");
    assertThat(r.out).contains("\r\nfake,2,\"Office \"\"HQ\"\", Rotterdam\",INACTIVE,");
    assertThat(r.out).endsWith("\r\n");
    assertThat(r.out.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void list_limit_stopsAfterNItems_withoutFetchingFurtherPages() {
    Cli.Result r = run("list", "--limit", "2", "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).contains("\"id\": \"1\"", "\"id\": \"2\"").doesNotContain("\"id\": \"3\"");
    assertThat(sim.server().findAll(getRequestedFor(urlPathEqualTo("/v1/trunks")))).hasSize(1);
  }

  @Test
  void list_filtersByState_andName() {
    assertThat(run("list", "--state", "inactive", "--output", "csv").out.lines()).hasSize(2);
    Cli.Result byName = run("list", "--name", "BACK", "--output", "json");
    assertThat(byName.out).contains("\"name\": \"backup\"").doesNotContain("office-amsterdam");
  }

  @Test
  void list_badLimit_isUsageError() {
    Cli.Result r = run("list", "--limit", "-1");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("--limit must be 0 or more");
    assertThat(run("list", "--output", "xml").code).isEqualTo(2);
  }

  @Test
  void list_empty_saysSo() {
    run("delete", "1");
    run("delete", "2");
    run("delete", "3");
    assertThat(run("list").out).isEqualTo("No trunks.\n");
    assertThat(run("list", "--output", "json").out.trim()).isEqualTo("[]");
    assertThat(run("list", "--output", "csv").out.lines()).hasSize(1);
  }

  // ---- get ----

  @Test
  void get_table_showsEveryFieldAndAttribute() {
    Cli.Result r = run("get", "1");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out.lines().toList().get(0)).startsWith("FIELD").contains("VALUE");
    assertThat(r.out).containsPattern("provider +fake")
        .containsPattern("name +office-amsterdam")
        .containsPattern("numbers +\\+31201234567, \\+31201234568")
        .containsPattern("updatedAt +-")
        .containsPattern("attributes.sip_calling_format +e164");
  }

  @Test
  void get_json_isOneSipTrunkObject() throws IOException {
    Cli.Result r = run("get", "2", "-o", "json");
    assertThat(r.code).isZero();
    JsonNode node = Json.mapper().readTree(r.out);
    assertThat(node.isObject()).isTrue();
    assertThat(node.get("name").asText()).isEqualTo("Office \"HQ\", Rotterdam");
    assertThat(node.get("allowedIps")).hasSize(2);
  }

  @Test
  void get_csv_isHeaderAndOneRecord() {
    Cli.Result r = run("get", "3", "--output=csv");
    assertThat(r.code).isZero();
    assertThat(r.out.split("\r\n")).hasSize(2);
    assertThat(r.out.split("\r\n")[1]).startsWith("fake,3,backup,PROVISIONING,sip2.example.net,5061,TLS,");
  }

  @Test
  void get_unknownId_isVendorError_exit1_oneLine() {
    Cli.Result r = run("get", "999");
    assertThat(r.code).isEqualTo(1);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("HTTP 404", "no trunk '999'").doesNotContain("\tat ");
    assertThat(r.err.lines()).hasSize(1);
  }

  @Test
  void get_hostileId_staysOnePathSegment() {
    Cli.Result r = run("get", "../admin");
    assertThat(r.code).isIn(1, 2);
    assertThat(sim.server().findAll(getRequestedFor(urlPathEqualTo("/admin")))).isEmpty();
  }

  // ---- create ----

  @Test
  void create_readsNeutralSpec_sendsIt_andShowsTheTrunk_withoutThePassword() throws IOException {
    Path spec = write("spec.json", "{\"name\": \"new-trunk\", \"host\": \"sip.new.example\", \"port\": 5062,"
        + " \"transport\": \"tls\", \"authMode\": \"CREDENTIALS\", \"username\": \"u1\","
        + " \"password\": \"pa55-w0rd-xyz\", \"numbers\": [\"+31300000001\"], \"maxChannels\": 4,"
        + " \"attributes\": {\"outbound_server\": \"out.example\"}}");
    Cli.Result r = run("create", "--file", spec.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).startsWith("Created trunk 4 at fake.\n").containsPattern("name +new-trunk")
        .containsPattern("transport +TLS").containsPattern("attributes.outbound_server +out.example");
    assertThat(r.out + r.err).doesNotContain("pa55-w0rd-xyz");
    sim.server().verify(postRequestedFor(urlPathEqualTo("/v1/trunks")).withRequestBody(equalToJson(
        "{\"name\":\"new-trunk\",\"host\":\"sip.new.example\",\"port\":5062,\"transport\":\"TLS\","
            + "\"authMode\":\"CREDENTIALS\",\"username\":\"u1\",\"password\":\"pa55-w0rd-xyz\","
            + "\"numbers\":[\"+31300000001\"],\"maxChannels\":4,"
            + "\"attributes\":{\"outbound_server\":\"out.example\"}}", true, true)));
    assertThat(run("list", "-o", "csv").out).contains("\r\nfake,4,new-trunk,");
  }

  @Test
  void create_json_andCsv() throws IOException {
    Path spec = write("spec.json", "{\"name\": \"j\"}");
    Cli.Result json = run("create", "-f", spec.toString(), "-o", "json");
    assertThat(json.code).isZero();
    assertThat(Json.mapper().readTree(json.out).get("name").asText()).isEqualTo("j");
    Cli.Result csv = run("create", "-f", spec.toString(), "-o", "csv");
    assertThat(csv.out.split("\r\n")[1]).startsWith("fake,5,j,");
  }

  @Test
  void create_refusesUnknownFields_badEnums_badTypes_beforeSendingAnything() throws IOException {
    Cli.Result typo = run("create", "--file", write("a.json", "{\"nmae\": \"x\"}").toString());
    assertThat(typo.code).isEqualTo(2);
    assertThat(typo.err).contains("unknown field 'nmae'", "attributes");
    Cli.Result transport = run("create", "--file", write("b.json", "{\"name\": \"x\", \"transport\": \"SCTP\"}").toString());
    assertThat(transport.code).isEqualTo(2);
    assertThat(transport.err).contains("'transport' must be one of UDP, TCP, TLS");
    Cli.Result port = run("create", "--file", write("c.json", "{\"name\": \"x\", \"port\": \"five\"}").toString());
    assertThat(port.code).isEqualTo(2);
    assertThat(port.err).contains("field 'port' must be a whole number").doesNotContain("five");
    Cli.Result notJson = run("create", "--file", write("d.json", "{\"name\": \"x\",\n  \"password\": hunter2}").toString());
    assertThat(notJson.code).isEqualTo(2);
    assertThat(notJson.err).contains("is not valid JSON (line 2").doesNotContain("hunter2");
    Cli.Result array = run("create", "--file", write("e.json", "[]").toString());
    assertThat(array.code).isEqualTo(2);
    assertThat(array.err).contains("must hold a JSON object");
    Cli.Result missing = run("create", "--file", dir.resolve("nope.json").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("no such file");
    assertThat(sim.server().findAll(postRequestedFor(urlPathEqualTo("/v1/trunks")))).isEmpty();
  }

  @Test
  void create_validationByTheProvider_isExit2_andNothingIsSent() throws IOException {
    Cli.Result r = run("create", "--file", write("spec.json", "{\"name\": \"x\", \"port\": 70000}").toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("trunkline: port");
    assertThat(sim.server().findAll(postRequestedFor(urlPathEqualTo("/v1/trunks")))).isEmpty();
  }

  @Test
  void create_vendorRefusal_andServerError_areExit1() throws IOException {
    Cli.Result refused = run("create", "--file", write("a.json", "{\"name\": \"bad-name\"}").toString());
    assertThat(refused.code).isEqualTo(1);
    assertThat(refused.err).contains("HTTP 422", "invalid", "name is not acceptable");
    Cli.Result fell = run("create", "--file", write("b.json", "{\"name\": \"explode\"}").toString());
    assertThat(fell.code).isEqualTo(1);
    assertThat(fell.err).contains("HTTP 500", "the vendor fell over");
  }

  // ---- update ----

  @Test
  void update_sendsOnlyTheFieldsSet() throws IOException {
    Path patch = write("patch.json", "{\"name\": \"renamed\", \"maxChannels\": 20}");
    Cli.Result r = run("update", "1", "--file", patch.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).startsWith("Updated trunk 1 at fake.\n").containsPattern("name +renamed")
        .containsPattern("maxChannels +20").containsPattern("host +sip.example.net");
    sim.server().verify(patchRequestedFor(urlPathEqualTo("/v1/trunks/1"))
        .withRequestBody(equalToJson("{\"name\":\"renamed\",\"maxChannels\":20,\"attributes\":{}}")));
    Cli.Result json = run("update", "1", "--file", patch.toString(), "--output", "json");
    assertThat(json.out).contains("\"name\": \"renamed\"");
    Cli.Result csv = run("update", "1", "--file", patch.toString(), "--output", "csv");
    assertThat(csv.out.split("\r\n")[1]).startsWith("fake,1,renamed,");
  }

  @Test
  void update_emptyPatch_isUsageError_andUnknownId_isVendorError() throws IOException {
    Cli.Result empty = run("update", "1", "--file", write("p.json", "{}").toString());
    assertThat(empty.code).isEqualTo(2);
    assertThat(empty.err).contains("sets no field");
    Cli.Result unknown = run("update", "77", "--file", write("q.json", "{\"name\": \"n\"}").toString());
    assertThat(unknown.code).isEqualTo(1);
    assertThat(unknown.err).contains("HTTP 404");
  }

  // ---- delete ----

  @Test
  void delete_inEveryFormat_thenTheTrunkIsGone() throws IOException {
    Cli.Result table = run("delete", "1");
    assertThat(table.code).isZero();
    assertThat(table.out).isEqualTo("Deleted trunk 1 at fake.\n");
    Cli.Result json = run("delete", "2", "--output", "json");
    JsonNode node = Json.mapper().readTree(json.out);
    assertThat(node.get("provider").asText()).isEqualTo("fake");
    assertThat(node.get("id").asText()).isEqualTo("2");
    assertThat(node.get("deleted").asBoolean()).isTrue();
    Cli.Result csv = run("delete", "3", "--output", "csv");
    assertThat(csv.out).isEqualTo("provider,id,deleted\r\nfake,3,true\r\n");
    assertThat(run("get", "1").code).isEqualTo(1);
    assertThat(run("delete", "1").code).isEqualTo(1);
  }

  // ---- status ----

  @Test
  void status_inEveryFormat() throws IOException {
    Cli.Result table = run("status", "1");
    assertThat(table.code).isZero();
    assertThat(table.out).containsPattern("registration +ONLINE").containsPattern("vendorStatus +registered")
        .containsPattern("attributes.lastSeen +2026-03-31T10:00:00Z");
    JsonNode json = Json.mapper().readTree(run("status", "1", "-o", "json").out);
    assertThat(json.get("id").asText()).isEqualTo("1");
    assertThat(json.get("registration").asText()).isEqualTo("ONLINE");
    assertThat(json.get("vendorStatus").asText()).isEqualTo("registered");
    assertThat(run("status", "1", "-o", "csv").out).isEqualTo(
        "id,registration,vendorStatus,attributes\r\n1,ONLINE,registered,\"{\"\"lastSeen\"\":\"\"2026-03-31T10:00:00Z\"\"}\"\r\n");
    assertThat(run("status", "404").code).isEqualTo(1);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static List<String> names(Iterator<String> it) {
    List<String> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    return all;
  }
}
