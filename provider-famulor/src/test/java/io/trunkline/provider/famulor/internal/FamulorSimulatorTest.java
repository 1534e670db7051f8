package io.trunkline.provider.famulor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.RetryTiming;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.provider.famulor.FamulorSipTrunk;
import io.trunkline.provider.famulor.FamulorSipTrunkCreate;
import io.trunkline.provider.famulor.FamulorSipTrunkUpdate;
import io.trunkline.testing.famulor.FamulorSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Famulor simulator behaves like Famulor's documents say, through the real provider. */
@Timeout(30)
class FamulorSimulatorTest {
  private static final Instant NOW = Instant.parse("2026-04-01T08:00:30Z");
  private FamulorSimulator sim;
  private TrunkProvider provider;
  private FamulorClient client;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    sim = (FamulorSimulator) new FamulorSimulator(Clock.fixed(NOW, ZoneOffset.UTC)).start();
    sim.seedDemoData();
    provider = RetryTiming.of(sleeps::add).open(() -> Trunkline.discover().open("famulor", sim.config()));
    client = provider.unwrap(FamulorClient.class);
  }

  /** A raw call, past the client's own validation: status and body. */
  private Map.Entry<Integer, String> send(String method, String path, String authorization, String body)
      throws Exception {
    Request.Builder request = new Request.Builder().url(sim.baseUrl() + path).header("Accept", "application/json")
        .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    OkHttpClient http = new OkHttpClient();
    try (Response response = http.newCall(request.build()).execute()) {
      return Map.entry(response.code(), response.body().string());
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  @Test
  void demoData_isFiveRealisticTrunks_withoutVoiceTrunkIdsInTheList() {
    List<FamulorSipTrunk> trunks = client.list().toList();

    assertThat(trunks).hasSize(5);
    assertThat(trunks).extracting(FamulorSipTrunk::countryCode).extracting(c -> c.orElseThrow())
        .contains("DE", "US", "AT", "GB");
    assertThat(trunks).allSatisfy(t -> {
      assertThat(t.inboundTrunkId()).isEmpty();
      assertThat(t.createdAt()).isPresent();
      assertThat(t.additionalFields()).isEmpty();
    });
    assertThat(client.get(trunks.get(0).id()).inboundTrunkId()).isPresent();
    assertThat(client.lastRateLimit()).hasValueSatisfying(r -> {
      assertThat(r.limit()).hasValue(100);
      assertThat(r.remaining()).hasValue(98);
      assertThat(r.reset()).contains(Instant.parse("2026-04-01T08:01:00Z"));
    });
  }

  @Test
  void listAndGet_readEveryTrunkTheSame_butForTheVoiceTrunkIdsOnlyGetCarries() {
    List<SipTrunk> listed = provider.list().toList();

    assertThat(listed).hasSize(5).allSatisfy(fromList -> {
      SipTrunk fromGet = provider.get(fromList.id());
      assertThat(fromList.attributes()).doesNotContainKeys("inbound_trunk_id", "outbound_trunk_id");
      assertThat(fromGet.attributes()).containsKeys("inbound_trunk_id", "outbound_trunk_id");
      Map<String, JsonNode> shared = new java.util.LinkedHashMap<>(fromGet.attributes());
      shared.keySet().retainAll(fromList.attributes().keySet());
      assertThat(SipTrunk.builder().from(fromGet).attributes(shared).build()).isEqualTo(fromList);
    });
    assertThat(listed).filteredOn(t -> t.name().isPresent()).hasSize(4);
    assertThat(listed).filteredOn(t -> t.authMode().equals(java.util.Optional.of(AuthMode.IP)))
        .allSatisfy(t -> assertThat(t.allowedIps()).isNotEmpty());
  }

  @Test
  void thePortableSpec_withTheCountryAndCallingFormatFamulorRequires_isCreated_withTheDerivedDefaults() {
    SipTrunk created = provider.create(TrunkSpec.builder().name("portable-trunk").host("sip.portable.example")
        .username("portable").password(Secret.of("Portable-pw-9x")).addNumbers("+31201234567")
        .countryCode("NL").putAttributes("sip_calling_format", TextNode.valueOf("+e164")).build());

    assertThat(created.numbers()).containsExactly("+31201234567");
    assertThat(created.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(sim.storedPassword(Long.parseLong(created.id()))).contains("Portable-pw-9x");
    assertThat(sim.server().getAllServeEvents()).filteredOn(e -> e.getRequest().getMethod().getName().equals("POST"))
        .singleElement().satisfies(e -> assertThat(Json.mapper().readTree(e.getRequest().getBodyAsString()).get(
            "sip_trunk_type").asText()).isEqualTo("number"));
  }

  @Test
  void aFullSpecAndAFullUpdate_areSentAsExactlyTheseBodies() throws Exception {
    SipTrunk created = provider.create(TrunkSpec.builder().name("Hotline").host("sip.example.net")
        .username("hotline_user").password(Secret.of("Hotline-pw-1")).authMode(AuthMode.IP)
        .addAllowedIps("192.0.2.10", "2001:db8::10").addNumbers("+4930901899").countryCode("DE")
        .putAttributes("sip_calling_format", TextNode.valueOf("national"))
        .putAttributes("outbound_proxy", BooleanNode.TRUE)
        .putAttributes("sip_trunk_type", TextNode.valueOf("number")).build());
    provider.update(created.id(), TrunkUpdate.builder().name("Hotline 2").host("sip2.example.net")
        .username("hotline_two").password(Secret.of("Hotline-pw-2")).authMode(AuthMode.CREDENTIALS)
        .allowedIps(List.of()).numbers(List.of("1000")).countryCode("AT")
        .putAttributes("sip_calling_format", TextNode.valueOf("+e164"))
        .putAttributes("outbound_proxy", BooleanNode.FALSE).build());

    assertThat(body("POST")).isEqualTo(Json.mapper().readTree("{\"nickname\":\"Hotline\","
        + "\"sip_address\":\"sip.example.net\",\"inbound_authorization_type\":\"ip\","
        + "\"sip_username\":\"hotline_user\",\"sip_password\":\"Hotline-pw-1\","
        + "\"allowed_inbound_ips\":[\"192.0.2.10\",\"2001:db8::10\"],\"phone_number\":\"+4930901899\","
        + "\"country_code\":\"DE\",\"sip_calling_format\":\"national\",\"outbound_proxy\":true,"
        + "\"sip_trunk_type\":\"number\"}"));
    assertThat(body("PUT")).isEqualTo(Json.mapper().readTree("{\"nickname\":\"Hotline 2\","
        + "\"sip_address\":\"sip2.example.net\",\"inbound_authorization_type\":\"auth\","
        + "\"sip_username\":\"hotline_two\",\"sip_password\":\"Hotline-pw-2\",\"allowed_inbound_ips\":[],"
        + "\"phone_number\":\"1000\",\"country_code\":\"AT\",\"sip_calling_format\":\"+e164\","
        + "\"outbound_proxy\":false}"));
  }

  /** The body of the one request with {@code method} in the simulator's journal. */
  private JsonNode body(String method) throws Exception {
    List<String> bodies = sim.server().getAllServeEvents().stream()
        .filter(e -> e.getRequest().getMethod().getName().equals(method))
        .map(e -> e.getRequest().getBodyAsString()).toList();
    assertThat(bodies).hasSize(1);
    return Json.mapper().readTree(bodies.get(0));
  }

  @Test
  void aDuplicate_isRefusedWith409() {
    FamulorSipTrunkCreate create = FamulorClientTest.extension().build();
    client.create(create);

    assertThatThrownBy(() -> client.create(create)).isInstanceOfSatisfying(TrunkConflictException.class,
        e -> assertThat(e.vendorCode())
            .contains("A SIP trunk with the same phone number, username, and address already exists."));
  }

  @Test
  void invalidInput_getsFamulors422_withTheErrorsPerField() throws Exception {
    Map.Entry<Integer, String> create = send("POST", "/api/user/phone-numbers/sip-trunks", "Bearer " + FamulorSimulator.API_KEY,
        "{\"sip_trunk_type\":\"number\",\"phone_number\":\"0301234\",\"sip_username\":\"ab\","
            + "\"sip_password\":\"pw\",\"sip_address\":\"sip.example:5060\",\"sip_calling_format\":\"E164\","
            + "\"inbound_authorization_type\":\"ip\",\"country_code\":\"DE\"}");
    Map.Entry<Integer, String> update = send("PUT", "/api/user/phone-numbers/sip-trunks/42",
        "Bearer " + FamulorSimulator.API_KEY, "{\"sip_trunk_type\":\"extension\"}");

    assertThat(create.getKey()).isEqualTo(422);
    JsonNode errors = Json.mapper().readTree(create.getValue());
    assertThat(errors.get("message").asText()).isEqualTo("The given data was invalid.");
    assertThat(errors.get("errors").fieldNames()).toIterable().containsExactlyInAnyOrder("phone_number",
        "sip_username", "sip_password", "sip_address", "sip_calling_format", "allowed_inbound_ips");
    assertThat(update.getKey()).isEqualTo(422);
    assertThat(update.getValue()).contains("sip_trunk_type");
  }

  @Test
  void missingAuthorization_is401_withFamulorsBody() throws Exception {
    Map.Entry<Integer, String> response = send("GET", "/api/user/phone-numbers/sip-trunks", null, null);

    assertThat(response.getKey()).isEqualTo(401);
    assertThat(Json.mapper().readTree(response.getValue()).get("error").asText())
        .isEqualTo("Missing Authorization header");
  }

  @Test
  void wrongKey_is401() {
    try (TrunkProvider wrong = Trunkline.discover().open("famulor", ProviderConfig.builder().from(sim.config())
        .credentials(Credentials.bearer("not-the-key")).build())) {
      assertThatThrownBy(() -> wrong.list().toList()).isInstanceOfSatisfying(TrunkUnauthorizedException.class,
          e -> assertThat(e.vendorCode()).contains("Invalid API key"));
    }
  }

  @Test
  void update_recreatesOnlyTheVoiceTrunksFamulorSays() {
    long id = client.list().toList().get(0).id();
    FamulorSipTrunk before = client.get(id);

    FamulorSipTrunk renamed = client.update(id, FamulorSipTrunkUpdate.builder().nickname("Neu").build());
    FamulorSipTrunk newAddress = client.update(id, FamulorSipTrunkUpdate.builder().sipAddress("sip2.example").build());
    FamulorSipTrunk newPassword = client.update(id, FamulorSipTrunkUpdate.builder()
        .sipPassword(Secret.of("fresh-pass")).build());

    assertThat(renamed.inboundTrunkId()).isEqualTo(before.inboundTrunkId());
    assertThat(renamed.outboundTrunkId()).isEqualTo(before.outboundTrunkId());
    assertThat(newAddress.inboundTrunkId()).isEqualTo(before.inboundTrunkId());
    assertThat(newAddress.outboundTrunkId()).isNotEqualTo(before.outboundTrunkId());
    assertThat(newPassword.inboundTrunkId()).isNotEqualTo(before.inboundTrunkId());
    assertThat(newPassword.outboundTrunkId()).isNotEqualTo(newAddress.outboundTrunkId());
    assertThat(sim.storedPassword(id)).contains("fresh-pass");
  }

  @Test
  void neutralUpdate_clearsTheNickname_andSwitchesToIpAuth() {
    String id = provider.list().toList().get(0).id();

    SipTrunk cleared = provider.update(id, TrunkUpdate.builder()
        .name("")
        .authMode(AuthMode.IP).allowedIps(List.of("192.0.2.1")).build());

    assertThat(cleared.name()).isEmpty();
    assertThat(cleared.authMode()).contains(AuthMode.IP);
    assertThat(cleared.allowedIps()).containsExactly("192.0.2.1");
    SipTrunk back = provider.update(id, TrunkUpdate.builder().authMode(AuthMode.CREDENTIALS).build());
    assertThat(back.allowedIps()).isEmpty();
  }

  @Test
  void delete_removesTheTrunk_andASecondDeleteIsNotFound() {
    String id = provider.list().toList().get(4).id();

    provider.delete(id);

    assertThat(provider.list().toList()).extracting(SipTrunk::id).doesNotContain(id);
    assertThatThrownBy(() -> provider.delete(id)).isInstanceOf(TrunkNotFoundException.class);
    assertThatThrownBy(() -> client.delete(Long.parseLong(id))).isInstanceOfSatisfying(
        TrunkNotFoundException.class, e -> assertThat(e.vendorCode()).contains("Phone number not found."));
  }

  @Test
  void rateLimit_whenEnforced_answers429WithFamulorsBody() {
    sim.enforceRateLimit(3);
    try (TrunkProvider once = Trunkline.discover().open("famulor", ProviderConfig.builder().from(sim.config())
        .retryPolicy(RetryPolicy.none()).build())) {
      FamulorClient c = once.unwrap(FamulorClient.class);
      assertThatThrownBy(() -> {
        for (int i = 0; i < 4; i++) {
          c.get(42);
        }
      }).isInstanceOfSatisfying(TrunkRateLimitedException.class, e -> {
        assertThat(e.vendorCode()).contains("Rate limit exceeded");
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
      });
      assertThat(c.lastRateLimit()).hasValueSatisfying(r -> assertThat(r.remaining()).hasValue(0));
    }
  }

  @Test
  void answerErrorsWith200_servesFamulorsErrorBodiesUnderA200_andCarriesNothingOut() throws Exception {
    sim.answerErrorsWith200();

    Map.Entry<Integer, String> notFound = send("GET", "/api/user/phone-numbers/sip-trunks/999",
        "Bearer " + FamulorSimulator.API_KEY, null);
    Map.Entry<Integer, String> invalid = send("PUT", "/api/user/phone-numbers/sip-trunks/42",
        "Bearer " + FamulorSimulator.API_KEY, "{\"sip_username\":\"x\"}");

    assertThat(notFound.getKey()).isEqualTo(200);
    assertThat(Json.mapper().readTree(notFound.getValue()))
        .isEqualTo(Json.mapper().readTree("{\"error\":\"SIP trunk not found.\"}"));
    assertThat(invalid.getKey()).isEqualTo(200);
    assertThat(Json.mapper().readTree(invalid.getValue()).path("errors").has("sip_username")).isTrue();
    assertThat(sim.trunk(42).orElseThrow().path("sip_username").asText()).isEqualTo("berlin-zentrale");
  }

  @Test
  void rateLimitNext_answersFamulorsRateLimitBody_forThatManyRequests_thenServesAgain() throws Exception {
    sim.rateLimitNext(2, 7);

    Map.Entry<Integer, String> first = send("GET", "/api/user/phone-numbers/sip-trunks/42",
        "Bearer " + FamulorSimulator.API_KEY, null);
    send("DELETE", "/api/user/phone-numbers/42", "Bearer " + FamulorSimulator.API_KEY, null);
    Map.Entry<Integer, String> third = send("GET", "/api/user/phone-numbers/sip-trunks/42",
        "Bearer " + FamulorSimulator.API_KEY, null);

    assertThat(first.getKey()).isEqualTo(429);
    assertThat(Json.mapper().readTree(first.getValue())).isEqualTo(Json.mapper().readTree("{\"error\":\"Rate limit"
        + " exceeded\",\"message\":\"Too many requests. Please try again later.\",\"retry_after\":7}"));
    assertThat(third.getKey()).isEqualTo(200);
    assertThat(sim.trunk(42)).isPresent();
    assertThat(sim.rateLimitAnswers()).isEqualTo(2);
  }

  @Test
  void documentedRateLimits_allowTwentyIn10Seconds_thenAnswer429() throws Exception {
    sim.enforceDocumentedRateLimits();
    int limited = 0;
    for (int i = 0; i < 21; i++) {
      if (send("GET", "/api/user/phone-numbers/sip-trunks", "Bearer " + FamulorSimulator.API_KEY, null).getKey()
          == 429) {
        limited++;
      }
    }

    assertThat(limited).isEqualTo(1);
  }

  @Test
  void recreations_countEachVoiceTrunkRecreated_andRecreateWhenSent_countsRepeatedValuesToo() {
    long id = 42;
    client.update(id, FamulorSipTrunkUpdate.builder().sipUsername("berlin-zentrale").nickname("Neu").build());
    assertThat(sim.recreations()).isZero();

    client.update(id, FamulorSipTrunkUpdate.builder().sipAddress("sip2.example").build());
    assertThat(sim.recreations()).isEqualTo(1);

    sim.recreateWhenSent();
    client.update(id, FamulorSipTrunkUpdate.builder().sipUsername("berlin-zentrale").build());
    assertThat(sim.recreations()).isEqualTo(3);
  }
}
