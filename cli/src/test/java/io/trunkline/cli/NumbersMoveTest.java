package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.channel.ChannelSimulator;
import io.trunkline.testing.famulor.FamulorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trunkline numbers move} against the simulators: a message and an exit code per outcome. */
class NumbersMoveTest {
  /** The PBX demo data's "sipgate team" trunk (DID 4930123456) and Famulor's "Vertrieb Hotline" (+4930901820). */
  private static final String SIPGATE = "NzAwNTUxOTA5NzczMTQ4MTYz";
  private static final String HOTLINE = "43";

  private ChannelSimulator channel;
  private PbxSimulator pbx;
  private FamulorSimulator famulor;
  private Path accounts;

  @BeforeEach
  void start(@TempDir Path dir) throws Exception {
    channel = new ChannelSimulator();
    pbx = new PbxSimulator();
    famulor = new FamulorSimulator();
    ObjectNode root = Json.object();
    ArrayNode list = root.putArray("accounts");
    for (VendorSimulator simulator : List.of(channel, pbx, famulor)) {
      simulator.start();
      simulator.seedDemoData();
    }
    account(list, "nl", channel);
    account(list, "eu-pbx", pbx);
    account(list, "agency", famulor);
    accounts = dir.resolve("accounts.json");
    Files.writeString(accounts, Json.mapper().writeValueAsString(root));
  }

  @AfterEach
  void stop() {
    channel.close();
    pbx.close();
    famulor.close();
  }

  private static void account(ArrayNode list, String name, VendorSimulator simulator) {
    ProviderConfig config = simulator.config();
    ObjectNode account = list.addObject().put("name", name).put("provider", simulator.providerId())
        .put("baseUrl", simulator.baseUrl());
    ObjectNode credentials = account.putObject("credentials");
    Credentials c = config.credentials();
    if (c.kind() == Credentials.Kind.BEARER) {
      credentials.put("token", c.secret().reveal());
    } else if (c.kind() == Credentials.Kind.API_KEY) {
      credentials.put("apiKey", c.secret().reveal());
    } else {
      credentials.put("user", c.name().orElseThrow()).put("password", c.secret().reveal());
    }
    ObjectNode settings = account.putObject("settings");
    config.settings().forEach(settings::put);
  }

  private Cli.Result move(String... args) {
    return Cli.run(Cli.args(Cli.args(new String[] {"numbers", "move"}, args), "--config", accounts.toString()));
  }

  private String dids() {
    return pbx.trunk(SIPGATE).orElseThrow().path("did_numbers").asText();
  }

  private String famulorNumber() {
    return famulor.trunk(Long.parseLong(HOTLINE)).orElseThrow().path("phone_number").asText();
  }

  @Test
  void withinOneChannelAccount_movesTheNumber_andNotesWhatCouldNotBeChecked() {
    Cli.Result r = move("+31207001101", "--from", "nl:acme-amsterdam", "--to", "nl:acme-duesseldorf");

    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo("Moved +31207001101 from trunk acme-amsterdam at nl (channel) to trunk"
        + " acme-duesseldorf at nl (channel).\n"
        + "  take +31207001101 off trunk acme-amsterdam at nl (channel): applied\n"
        + "  put +31207001101 on trunk acme-duesseldorf at nl (channel): applied\n");
    assertThat(r.err).isEqualTo("trunkline: note: channel cannot show which trunk holds a number: +31207001101 was"
        + " taken off whichever trunk held it, and would have been put back on trunk acme-amsterdam at nl (channel)\n"
        + "trunkline: note: channel cannot show its trunks: that trunk acme-duesseldorf at nl (channel) exists was"
        + " not checked\n");
    assertThat(channel.numbersOf("acme-duesseldorf")).contains("+31207001101");
    assertThat(channel.numbersOf("acme-amsterdam")).doesNotContain("+31207001101");
  }

  @Test
  void pbxToFamulor_withReplace_asJson() throws Exception {
    Cli.Result r = move("+4930123456", "--from", "eu-pbx:" + SIPGATE, "--to", "agency:" + HOTLINE, "--replace",
        "-o", "json");

    assertThat(r.code).as(r.toString()).isZero();
    JsonNode json = Json.mapper().readTree(r.out);
    assertThat(json.get("number").asText()).isEqualTo("+4930123456");
    assertThat(json.get("from").asText()).isEqualTo("trunk " + SIPGATE + " at eu-pbx (pbx)");
    assertThat(json.get("to").asText()).isEqualTo("trunk 43 at agency (famulor)");
    assertThat(json.get("moved").asBoolean()).isTrue();
    assertThat(json.get("replaced").toString()).isEqualTo("[\"+4930901820\"]");
    assertThat(json.get("steps").toString()).isEqualTo("[{\"kind\":\"PUT_ON_TARGET\",\"action\":\"put +4930123456"
        + " on trunk 43 at agency (famulor) in place of +4930901820\",\"outcome\":\"APPLIED\"},"
        + "{\"kind\":\"TAKE_OFF_SOURCE\",\"action\":\"take +4930123456 off trunk " + SIPGATE
        + " at eu-pbx (pbx)\",\"outcome\":\"APPLIED\"}]");
    assertThat(json.get("notes").toString()).isEqualTo("[]");
    assertThat(r.err).isEmpty();
    assertThat(famulorNumber()).isEqualTo("+4930123456");
    assertThat(dids()).isEmpty();
  }

  @Test
  void whenTheSecondWriteIsRefused_andUndone_exit1_nothingChanged() {
    pbx.intercept(req -> req.method().equals("POST") && req.rawPath().equals("/api/providers/" + SIPGATE)
        ? SimResponse.json(400, "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"trunk is in use\"}]}")
        : pbx.dispatchToRoutes(req));

    Cli.Result r = move("+4930123456", "--from", "eu-pbx:" + SIPGATE, "--to", "agency:" + HOTLINE, "--replace");

    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).isEmpty();
    assertThat(r.err).startsWith("trunkline: move of +4930123456 from trunk " + SIPGATE + " at eu-pbx (pbx) to"
        + " trunk 43 at agency (famulor) failed: put +4930123456 on trunk 43 at agency (famulor) in place of"
        + " +4930901820: applied; take +4930123456 off trunk " + SIPGATE + " at eu-pbx (pbx): refused (")
        .contains("trunk is in use", "take +4930123456 off trunk 43 at agency (famulor) again: applied. every change"
            + " was undone: +4930123456 is on trunk " + SIPGATE + " at eu-pbx (pbx) as before, not moved");
    assertThat(famulorNumber()).isEqualTo("+4930901820");
    assertThat(dids()).isEqualTo("4930123456");
  }

  @Test
  void whenTheUndoFailsToo_exit3_andBothFailuresAreNamed() {
    pbx.intercept(req -> req.method().equals("POST") && req.rawPath().equals("/api/providers/" + SIPGATE)
        ? SimResponse.json(400, "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"trunk is in use\"}]}")
        : pbx.dispatchToRoutes(req));
    AtomicInteger puts = new AtomicInteger();
    famulor.intercept(req -> req.method().equals("PUT") && puts.incrementAndGet() > 1
        ? SimResponse.json(422, "{\"message\":\"The given data was invalid.\",\"errors\":{\"phone_number\":"
            + "[\"The phone number has already been taken.\"]}}")
        : famulor.dispatchToRoutes(req));

    Cli.Result r = move("+4930123456", "--from", "eu-pbx:" + SIPGATE, "--to", "agency:" + HOTLINE, "--replace");

    assertThat(r.code).as(r.toString()).isEqualTo(3);
    assertThat(r.err).contains("trunk is in use", "again: refused (", "has already been taken",
        "check trunk " + SIPGATE + " at eu-pbx (pbx) and trunk 43 at agency (famulor) before moving +4930123456"
            + " again: a change could not be undone (it may be on both trunks)");
  }

  @Test
  void aNumberNotOnTheSource_exit2_beforeAnyWrite() {
    Cli.Result r = move("+4930999999", "--from", "eu-pbx:" + SIPGATE, "--to", "agency:" + HOTLINE);

    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).isEqualTo("trunkline: move of +4930999999 refused before any write: +4930999999 is not on"
        + " trunk " + SIPGATE + " at eu-pbx (pbx) (its numbers (did_numbers): 4930123456); nothing was changed\n");
    assertThat(pbx.server().getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().startsWith("/api/providers")
        && !e.getRequest().getMethod().getName().equals("GET"));
    assertThat(famulor.server().getAllServeEvents()).noneMatch(e -> !e.getRequest().getMethod().getName()
        .equals("GET"));
  }

  @Test
  void replaceAtAChannel_isRefusedInTheWordsOfTheCommandLine_exit2() {
    Cli.Result r = move("+31207001101", "--from", "nl:acme-amsterdam", "--to", "nl:acme-duesseldorf", "--replace");

    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).isEqualTo("trunkline: move of +31207001101 refused before any write: --replace applies to a"
        + " target whose numbers are a trunk field; trunk acme-duesseldorf at nl (channel) routes numbers one by one;"
        + " nothing was changed\n");
    assertThat(channel.server().getAllServeEvents()).isEmpty();
  }

  @Test
  void asCsv_oneRecord() {
    Cli.Result r = move("+31207001101", "--from", "nl:acme-amsterdam", "--to", "nl:acme-duesseldorf", "-o", "csv");

    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo("number,from,to,moved,replaced\r\n+31207001101,trunk acme-amsterdam at nl (channel),"
        + "trunk acme-duesseldorf at nl (channel),true,\r\n");
  }

  @Test
  void anAccountNotInTheFile_exit2_namingTheAccounts() {
    Cli.Result r = move("+4930123456", "--from", "nowhere:1", "--to", "agency:" + HOTLINE);

    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).isEqualTo("trunkline: --from must be ACCOUNT:TRUNK with an account of " + accounts
        + " (nl, eu-pbx, agency), not 'nowhere:1'\n");
  }
}
