package io.trunkline.provider.pbx.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.pbx.PbxAuthMode;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxListQuery;
import io.trunkline.provider.pbx.PbxTransport;
import io.trunkline.provider.pbx.PbxTrunk;
import io.trunkline.provider.pbx.PbxTrunkSpec;
import io.trunkline.provider.pbx.PbxTrunkUpdate;
import io.trunkline.contract.TestClock;
import io.trunkline.testing.pbx.PbxSimulator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PBX's quirks, each played by a simulator switch (issue 15): the exact requests the provider sends and what
 * the caller is told — a write applied, refused, or of unknown outcome, never one reported as another.
 */
@Timeout(60)
class PbxQuirksTest {
  private PbxSimulator sim;
  private TestClock clock;
  private TrunkProvider provider;
  private PbxClient client;

  @BeforeEach
  void start() {
    clock = new TestClock(java.time.Instant.parse("2026-03-31T10:00:00Z"));
    sim = new PbxSimulator();
    sim.clock(clock).start();
    provider = open(sim.config());
    client = provider.unwrap(PbxClient.class);
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  private TrunkProvider open(ProviderConfig config) {
    return Trunkline.discover().open("pbx", ProviderConfig.builder().from(config).clock(clock)
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
        .build());
  }

  /** Method and URL (decoded) of every request the simulator saw, in order, sign-ins included. */
  private List<String> requests() {
    return sim.journal().stream()
        .map(e -> e.getRequest().getMethod().value() + " " + java.net.URLDecoder.decode(e.getRequest().getUrl(),
            java.nio.charset.StandardCharsets.UTF_8))
        .collect(Collectors.toList());
  }

  private void signedIn() {
    provider.list(TrunkQuery.builder().limit(1L).build()).toList();
    sim.resetStubs();
  }

  private String trunk(String authMode, String additionalIps, String outboundServer) {
    return sim.addTrunk(Json.object().put("name", "Stored by the PBX").put("auth_mode", authMode)
        .put("transport", "UDP").put("hostname", "203.0.113.10").put("port", 5060)
        .put("outbound_server", outboundServer).put("outbound_server_port", 5060).put("concurrency", 10)
        .put("additional_ips", additionalIps));
  }

  // ---- 1. read-modify-write of values the PBX returned ----------------------------------------------------------

  @Test
  void readModifyWrite_ofValuesThePbxReturned_isAccepted_andSendsOnlyTheChange() {
    String id = trunk("IP_AUTH", "203.0.113.10", "");
    signedIn();

    PbxTrunk stored = client.get(id);
    client.update(id, PbxTrunkUpdate.from(stored).concurrency(40).build());

    assertThat(requests()).containsExactly("GET /api/providers/" + id, "POST /api/providers/" + id);
    assertThat(sim.server().getAllServeEvents().stream().filter(e -> e.getRequest().getMethod().value().equals("POST"))
        .findFirst().orElseThrow().getRequest().getBodyAsString()).isEqualTo("{\"concurrency\":40}");
    assertThat(sim.trunk(id).orElseThrow().get("concurrency").asInt()).isEqualTo(40);
    assertThat(sim.trunk(id).orElseThrow().get("additional_ips").asText()).isEqualTo("203.0.113.10");
    assertThat(sim.trunk(id).orElseThrow().get("outbound_server").asText()).isEmpty();
  }

  @Test
  void readModifyWrite_thatChangesAStoredValue_isStillCheckedStrictly_andSendsNothing() {
    String id = trunk("IP_AUTH", "203.0.113.10", "");
    signedIn();
    PbxTrunk stored = client.get(id);

    assertThatThrownBy(() -> client.update(id, PbxTrunkUpdate.from(stored).additionalIps("198.51.100.7").build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("additional_ips"));
    assertThatThrownBy(() -> client.update(id, PbxTrunkUpdate.from(stored).outboundServer("sip.example:5060").build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("outbound_server"));
    client.update(id, PbxTrunkUpdate.from(stored).concurrency(10).build());

    assertThat(requests()).containsExactly("GET /api/providers/" + id);
  }

  @Test
  void neutralUpdate_ofATrunkWithValuesThePbxReturned_changesOnlyWhatIsSet() {
    String id = trunk("IP_AUTH", "203.0.113.10", "");
    signedIn();

    SipTrunk updated = provider.update(id, TrunkUpdate.builder().maxChannels(40).build());

    assertThat(updated.maxChannels()).contains(40);
    assertThat(updated.allowedIps()).containsExactly("203.0.113.10");
    assertThat(requests()).containsExactly("POST /api/providers/" + id, "GET /api/providers/" + id);
  }

  // ---- 2. reserved path words as ids; no other resource's data in a message --------------------------------------

  @Test
  void theIdExport_neverReachesTheExportEndpoint_andIsRefusedBeforeSending() {
    signedIn();
    for (String id : new String[] {"export", "Export", "EXPORT"}) {
      assertThatThrownBy(() -> provider.get(id)).isInstanceOfSatisfying(TrunkValidationException.class,
          e -> assertThat(e.field()).isEqualTo("id"));
      assertThatThrownBy(() -> provider.update(id, TrunkUpdate.builder().maxChannels(1).build()))
          .isInstanceOf(TrunkValidationException.class);
      assertThatThrownBy(() -> provider.delete(id)).isInstanceOf(TrunkValidationException.class);
      assertThatThrownBy(() -> provider.status(id)).isInstanceOf(TrunkValidationException.class);
      assertThatThrownBy(() -> client.get(id)).isInstanceOf(TrunkValidationException.class);
      assertThatThrownBy(() -> client.update(id, PbxTrunkUpdate.builder().concurrency(1).build()))
          .isInstanceOf(TrunkValidationException.class);
      assertThatThrownBy(() -> client.destroy(id)).isInstanceOf(TrunkValidationException.class);
      assertThatThrownBy(() -> client.assignees(id).toList()).isInstanceOf(TrunkValidationException.class);
    }
    assertThat(requests()).isEmpty();
  }

  @Test
  void aTrunkReadAnsweredWithAFileOfOtherTrunks_failsWithoutQuotingIt() {
    sim.seedDemoData();
    signedIn();
    ByteArrayOutputStream export = new ByteArrayOutputStream();
    provider.export(export);
    String others = export.toString(java.nio.charset.StandardCharsets.UTF_8);
    sim.server().stubFor(get(urlEqualTo("/api/providers/abc")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody(others)));
    sim.server().stubFor(get(urlEqualTo("/api/providers?skip=0&top=100")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/csv").withBody(others)));

    for (Runnable read : List.<Runnable>of(() -> provider.get("abc"), () -> client.get("abc"),
        () -> provider.list().toList(), () -> client.list().toList())) {
      assertThatThrownBy(read::run).isInstanceOfSatisfying(TrunkResponseException.class, e -> {
        // the neutral reads by the kit's readers, the typed ones by the client's: core's one check (type and size)
        assertThat(e.getMessage()).contains("expected JSON but the vendor answered 200 with")
            .contains("; the body is not shown")
            .doesNotContain("Twilio", "telnyx", "203.0.113.10", "31201234500");
      });
    }
  }

  // ---- 3. tokens ---------------------------------------------------------------------------------------------------

  @Test
  void aFailedRefresh_keepsTheStillValidToken_andTheCallGoesOn() {
    String id = trunk("IP_AUTH", "192.0.2.0/24", "sip.example");
    signedIn();
    sim.failRefreshes(503);
    clock.advance(Duration.ofMinutes(29).plusSeconds(1)); // renewal due (60 s before expiry), token still valid

    assertThat(provider.get(id).id()).isEqualTo(id);
    assertThat(provider.get(id).id()).isEqualTo(id); // the next renewal waits RETRY_RENEWAL

    assertThat(requests()).containsExactly("POST /api/auth/refresh_token", "GET /api/providers/" + id,
        "GET /api/providers/" + id);
    clock.advance(PbxTokenAuthorizer.RETRY_RENEWAL);
    sim.failRefreshes(0);
    assertThat(provider.get(id).id()).isEqualTo(id);
    assertThat(sim.refreshCount()).isEqualTo(2);
    assertThat(sim.signInCount()).isEqualTo(1);
  }

  @Test
  void aFailedRefreshAndSignIn_keepTheValidToken_butAnExpiredOneFailsTheCall() {
    String id = trunk("IP_AUTH", "192.0.2.0/24", "sip.example");
    signedIn();
    sim.failRefreshes(400).failSignIns(500);
    clock.advance(Duration.ofMinutes(29).plusSeconds(1));

    assertThat(provider.get(id).id()).isEqualTo(id);

    clock.advance(Duration.ofMinutes(1)); // now past the token's expiry
    assertThatThrownBy(() -> provider.get(id)).isInstanceOf(TrunkServerException.class);
    assertThat(requests()).filteredOn(r -> r.startsWith("GET")).hasSize(1);
  }

  @Test
  void aTokenRefusedWith400_isRenewedOnce_andTheCallSentOnceMore() {
    String id = trunk("IP_AUTH", "192.0.2.0/24", "sip.example");
    sim.expiredTokensAs400();
    signedIn();
    sim.revokeAccessTokens();

    assertThat(provider.get(id).id()).isEqualTo(id);

    assertThat(requests()).containsExactly("GET /api/providers/" + id, "POST /api/auth/sign_in",
        "GET /api/providers/" + id);
  }

  @Test
  void aCreateRefusedWith400ForItsToken_isSentOnceMoreAfterRenewal_andCreatesOneTrunk() {
    sim.expiredTokensAs400();
    signedIn();
    sim.revokeAccessTokens();
    int before = sim.trunkCount();

    SipTrunk created = provider.create(spec());

    assertThat(created.name()).contains("Quirk carrier");
    assertThat(sim.trunkCount()).isEqualTo(before + 1);
    assertThat(requests()).containsExactly("POST /api/providers", "POST /api/auth/sign_in", "POST /api/providers",
        "GET /api/providers/" + created.id());
  }

  @Test
  void aTokenRefusedAgainAfterTheRenewal_failsUnauthorized_afterOneRenewal() {
    signedIn();
    sim.server().stubFor(get(urlEqualTo("/api/providers/abc")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"The access token has expired\"}]}")));

    assertThatThrownBy(() -> provider.get("abc")).isInstanceOf(TrunkUnauthorizedException.class);

    assertThat(requests()).containsExactly("GET /api/providers/abc", "POST /api/auth/sign_in",
        "GET /api/providers/abc");
  }

  // ---- 4. listing by auth mode -----------------------------------------------------------------------------------

  @Test
  void listingByAuthMode_sendsTheFilter_andReadsNoTrunkOneByOne() {
    sim.addTrunks(154);
    signedIn();

    List<SipTrunk> one = provider.list(TrunkQuery.builder().authMode(AuthMode.IP).limit(1L).build()).toList();
    assertThat(one).hasSize(1).allSatisfy(t -> assertThat(t.authMode()).contains(AuthMode.IP));
    assertThat(requests()).containsExactly("GET /api/providers?filter=auth_mode eq 'IP_AUTH'&skip=0&top=1");

    sim.resetStubs();
    List<SipTrunk> all = provider.list(TrunkQuery.builder().authMode(AuthMode.CREDENTIALS).build()).toList();
    assertThat(all).hasSize(77).allSatisfy(t -> assertThat(t.authMode()).contains(AuthMode.CREDENTIALS));
    assertThat(requests()).containsExactly(
        "GET /api/providers?filter=auth_mode eq 'REGISTER_AUTH' or auth_mode eq 'ACCEPT_REGISTER'&skip=0&top=100");
  }

  @Test
  void aTrunkDeletedMidListing_doesNotFailTheListing() {
    List<String> ids = sim.addTrunks(10);
    signedIn();

    Iterator<SipTrunk> it = provider.list(TrunkQuery.builder().authMode(AuthMode.IP).pageSize(2).build()).iterator();
    SipTrunk first = it.next();
    provider.delete(ids.get(9));
    int rest = 0;
    while (it.hasNext()) {
      assertThat(it.next().authMode()).contains(AuthMode.IP);
      rest++;
    }

    assertThat(first.authMode()).contains(AuthMode.IP);
    assertThat(rest).isEqualTo(3);
    assertThat(requests()).filteredOn(r -> r.startsWith("GET /api/providers/")).isEmpty();
  }

  // ---- 5. delete of an unknown id ----------------------------------------------------------------------------------

  @Test
  void deleteOfAnUnknownId_isNotFound_whetherThePbxAnswers404Or400InvalidId() {
    signedIn();
    assertThatThrownBy(() -> provider.delete("NzAwNTUxOTA5NzczMTQ4MTk5")).isInstanceOf(TrunkNotFoundException.class);
    sim.unknownIdsAs400();
    assertThatThrownBy(() -> provider.delete("NzAwNTUxOTA5NzczMTQ4MTk5"))
        .isInstanceOfSatisfying(TrunkNotFoundException.class,
            e -> assertThat(e.vendorMessage()).contains("Invalid provider ID supplied."));
    assertThatThrownBy(() -> client.destroy("NzAwNTUxOTA5NzczMTQ4MTk5")).isInstanceOf(TrunkNotFoundException.class);
    assertThatThrownBy(() -> provider.get("NzAwNTUxOTA5NzczMTQ4MTk5")).isInstanceOf(TrunkNotFoundException.class);

    assertThat(requests()).containsExactly("POST /api/providers/NzAwNTUxOTA5NzczMTQ4MTk5/destroy",
        "POST /api/providers/NzAwNTUxOTA5NzczMTQ4MTk5/destroy", "POST /api/providers/NzAwNTUxOTA5NzczMTQ4MTk5/destroy",
        "GET /api/providers/NzAwNTUxOTA5NzczMTQ4MTk5");
  }

  @Test
  void aDestroyRetriedAfterA500_answered400InvalidId_isDone() {
    String id = trunk("IP_AUTH", "192.0.2.0/24", "sip.example");
    sim.unknownIdsAs400();
    signedIn();
    sim.server().stubFor(post(urlEqualTo("/api/providers/" + id + "/destroy")).inScenario("applied")
        .whenScenarioStateIs("Started").willSetStateTo("gone").willReturn(aResponse().withStatus(500)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"Internal error\"}]}")));
    sim.server().stubFor(post(urlEqualTo("/api/providers/" + id + "/destroy")).inScenario("applied")
        .whenScenarioStateIs("gone").willReturn(aResponse().withStatus(400)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"Invalid provider ID supplied.\"}]}")));

    provider.delete(id);

    assertThat(requests()).containsExactly("POST /api/providers/" + id + "/destroy",
        "POST /api/providers/" + id + "/destroy");
  }

  // ---- 6. export -----------------------------------------------------------------------------------------------

  @Test
  void anExportLargerThanTheResponseLimit_isStreamedWhole(@TempDir Path dir) throws Exception {
    long size = 11L * 1024 * 1024;
    sim.exportSize(size);
    long[] counted = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        counted[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        counted[0] += len;
      }
    };

    assertThat(provider.export(counting)).isEqualTo(size);
    assertThat(counted[0]).isEqualTo(size);
    Path file = dir.resolve("providers.csv");
    assertThat(client.export(file)).isEqualTo(size);
    assertThat(Files.size(file)).isEqualTo(size);
  }

  /**
   * Core's download: once the headers are here, an export that keeps making progress is bounded only by the read
   * timeout between bytes, not by {@code attemptTimeout} or {@code callTimeout} (2.5 s of body against 1 s and
   * 1.5 s).
   */
  @Test
  void anExportThatKeepsMakingProgress_isNotCutByTheAttemptTimeout() {
    provider.close();
    provider = open(ProviderConfig.builder().from(sim.config()).readTimeout(Duration.ofSeconds(5))
        .attemptTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofMillis(1500)).build());
    sim.server().stubFor(get(urlEqualTo("/api/providers/export")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody(new byte[64 * 1024])
        .withChunkedDribbleDelay(20, 2500)));

    assertThat(provider.export(OutputStream.nullOutputStream())).isEqualTo(64 * 1024);
    assertThat(requests()).filteredOn(r -> r.equals("GET /api/providers/export")).hasSize(1);
  }

  // ---- 7. write outcomes ---------------------------------------------------------------------------------------------

  @Test
  void aCreateApplied_whoseReadBackFails_isWriteApplied_withTheNewId_andSentOnce() {
    signedIn();
    sim.failDetailReads(3, 500);

    assertThatThrownBy(() -> provider.create(spec())).isInstanceOfSatisfying(TrunkWriteAppliedException.class, e -> {
      assertThat(e.operation()).isEqualTo("created");
      assertThat(e.trunkId()).isPresent();
      assertThat(sim.trunk(e.trunkId().get())).isPresent();
      assertThat(e.getCause()).isInstanceOf(TrunkServerException.class);
    });
    assertThat(sim.trunkCount()).isEqualTo(1);
    assertThat(requests()).filteredOn(r -> r.equals("POST /api/providers")).hasSize(1);
  }

  @Test
  void anUpdateApplied_whoseReadBackFails_isWriteApplied() {
    String id = trunk("IP_AUTH", "192.0.2.0/24", "sip.example");
    signedIn();
    sim.failDetailReads(3, 500);

    assertThatThrownBy(() -> provider.update(id, TrunkUpdate.builder().maxChannels(33).build()))
        .isInstanceOfSatisfying(TrunkWriteAppliedException.class,
            e -> assertThat(e.trunkId()).contains(id));
    assertThat(sim.trunk(id).orElseThrow().get("concurrency").asInt()).isEqualTo(33);
  }

  @Test
  void anErrorBodyUnderA200_isTheError_neverASuccess() {
    String id = trunk("IP_AUTH", "192.0.2.0/24", "sip.example");
    sim.answerErrorsWith200();
    signedIn();
    String unknown = "NzAwNTUxOTA5NzczMTQ4MTk5";

    assertThatThrownBy(() -> provider.update(unknown, TrunkUpdate.builder().maxChannels(2).build()))
        .isInstanceOf(TrunkApiException.class).isNotInstanceOf(TrunkWriteAppliedException.class);
    assertThatThrownBy(() -> client.destroy(unknown)).isInstanceOf(TrunkApiException.class);
    assertThatThrownBy(() -> provider.delete(unknown)).isInstanceOf(TrunkApiException.class);
    assertThatThrownBy(() -> client.create(PbxTrunkSpec.builder().name("x").transport(PbxTransport.UDP)
        .hostname("sip.example").port(5060).outboundServer("sip.example").outboundServerPort(5060).concurrency(1)
        .authMode(PbxAuthMode.of("OAUTH")).build())).isInstanceOf(TrunkApiValidationException.class);
    assertThatThrownBy(() -> client.list(PbxListQuery.builder().filter("name gt 'a'").build()).toList())
        .isInstanceOf(TrunkApiValidationException.class);
    sim.unknownIdsAs400();
    assertThatThrownBy(() -> provider.delete(unknown)).isInstanceOf(TrunkNotFoundException.class);

    assertThat(sim.trunkCount()).isEqualTo(1);
    assertThat(sim.trunk(id)).isPresent();
    assertThat(requests()).filteredOn(r -> r.startsWith("GET /api/providers/")).isEmpty();
  }

  private static TrunkSpec spec() {
    return TrunkSpec.builder().name("Quirk carrier").host("sip.carrier.example").port(5061)
        .transport(Transport.TLS).authMode(AuthMode.IP).maxChannels(5)
        .putAttributes("outbound_server", TextNode.valueOf("sip.carrier.example"))
        .putAttributes("outbound_server_port", IntNode.valueOf(5061)).build();
  }
}
