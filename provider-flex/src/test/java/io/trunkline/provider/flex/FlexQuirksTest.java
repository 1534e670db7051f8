package io.trunkline.provider.flex;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.flex.internal.FlexProviderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Wavix's quirks, each switched on in the simulator, and what the provider and the typed client make of them. */
@Timeout(30)
class FlexQuirksTest extends OnTheFlexSimulator {
  /** Every field of Wavix's request schema (CreateSIPTrunkRequest): nothing else may be sent. */
  private static final Set<String> REQUEST_FIELDS = Set.of("label", "password", "callerid", "multiple_numbers",
      "ip_restrict", "allowed_ips", "host_request", "didinfo_enabled", "call_restrict", "call_limit", "cost_limit",
      "max_call_cost", "channels_restrict", "max_channels", "rewrite_enabled", "rewrite_prefix", "rewrite_cond",
      "call_recording_enabled", "transcription_enabled", "transcription_threshold", "machine_detection_enabled",
      "encrypted_media", "passthrough");

  private FlexClient client;

  @BeforeEach
  void openClient() {
    client = provider.unwrap(FlexClient.class);
  }

  private List<JsonNode> puts() {
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest put : sim.server().findAll(putRequestedFor(anyUrl()))) {
      try {
        bodies.add(Json.mapper().readTree(put.getBodyAsString()));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return bodies;
  }

  private static Set<String> names(JsonNode body) {
    Set<String> names = new TreeSet<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }

  // ---- 1. full replace: only request fields, each setting carried, no rejected request sent again ----

  @Test
  void update_sendsOnlyFieldsOfTheRequestSchema_neverReadOnlyOrUnknownFieldsOfTheAnswer() {
    sim.answerReadOnlyAndExtraFields();
    String id = byName("Sales dialer").id();
    assertThat(provider.get(id).attributes()).containsKeys("talk_time", "charge", "sip_region");
    sim.server().resetRequests();

    provider.update(id, TrunkUpdate.builder().name("Dialer").password(Secret.of("Dialer$ales-2024")).build());

    JsonNode sent = puts().get(0);
    assertThat(REQUEST_FIELDS).containsAll(names(sent));
    assertThat(names(sent)).doesNotContain("talk_time", "charge", "updated_at", "sip_region", "id", "name",
        "created_at", "host", "status", "auth_method", "access_token");
    assertThat(sent.get("label").asText()).isEqualTo("Dialer");
    assertThat(sent.get("passthrough").asBoolean()).isTrue();
    assertThat(sent.get("rewrite_prefix").asText()).isEqualTo("1");
  }

  @Test
  void update_whenTheTrunkAnswerOmitsPassthrough_carriesItFromTheListItem() {
    sim.answerSingleTrunksWithoutPassthrough();
    String id = byName("Sales dialer").id();

    provider.update(id, TrunkUpdate.builder().name("Dialer").password(Secret.of("Dialer$ales-2024")).build());

    assertThat(puts()).singleElement().satisfies(sent -> assertThat(sent.get("passthrough")).isEqualTo(BooleanNode.TRUE));
    assertThat(sim.trunk(Long.parseLong(id)).orElseThrow().get("passthrough").asBoolean())
        .as("not reset by the whole replace").isTrue();
  }

  @Test
  void update_whenNoAnswerReportsASetting_isRefusedNamingIt_insteadOfResettingIt() {
    sim.answerNullPrimitives();
    String id = byName("Call center").id();

    assertThatThrownBy(() -> provider.update(id, TrunkUpdate.builder().name("Agents")
        .password(Secret.of("Cc#Agents-77-floor3")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> {
          assertThat(e.field()).contains("attributes.passthrough", "attributes.transcription_enabled",
              "attributes.didinfo_enabled", "attributes.channels_restrict");
          assertThat(e.rule()).contains("not reported by Wavix").contains("set them in this update");
        });
    assertThat(puts()).as("nothing sent").isEmpty();
    assertThat(sim.trunk(Long.parseLong(id)).orElseThrow().get("transcription_threshold").asInt()).isEqualTo(15);
  }

  @Test
  void update_whenNoAnswerReportsASetting_goesThroughOnceTheUpdateSetsIt() {
    sim.answerNullPrimitives();
    String id = byName("HQ PBX").id();
    TrunkUpdate.Builder update = TrunkUpdate.builder().name("HQ").password(Secret.of("Hq-Pbx!2024-secure"));
    for (String flag : List.of("multiple_numbers", "ip_restrict", "cost_limit", "channels_restrict",
        "rewrite_enabled", "transcription_enabled", "machine_detection_enabled", "encrypted_media", "passthrough")) {
      update.putAttributes(flag, BooleanNode.FALSE);
    }
    update.putAttributes("didinfo_enabled", BooleanNode.TRUE).putAttributes("call_recording_enabled", BooleanNode.TRUE)
        .putAttributes("transcription_threshold", IntNode.valueOf(6));

    provider.update(id, update.build());

    assertThat(puts()).singleElement().satisfies(sent -> assertThat(sent.get("call_recording_enabled").asBoolean())
        .isTrue());
    assertThat(sim.trunk(Long.parseLong(id)).orElseThrow().get("label").asText()).isEqualTo("HQ");
  }

  @Test
  void update_ofATrunkWhoseIpAuthenticationWasRejected_neverSubmitsTheRequestAgain() {
    String id = byName("Failover SBC").id();
    sim.rejectHostRequest(Long.parseLong(id));
    assertThat(provider.get(id).state()).contains(TrunkState.INACTIVE);

    provider.update(id, TrunkUpdate.builder().name("Failover").password(Secret.of("Failover-Sbc-77!")).build());

    assertThat(puts()).singleElement().satisfies(sent -> assertThat(sent.has("host_request")).isFalse());
    assertThat(byName("Failover").state()).as("no new review was asked for").isNotEqualTo(
        java.util.Optional.of(TrunkState.PROVISIONING));
  }

  @Test
  void update_ofATrunkWithAPendingIpAuthenticationRequest_keepsItPending() {
    String id = byName("Failover SBC").id();

    provider.update(id, TrunkUpdate.builder().name("Failover").password(Secret.of("Failover-Sbc-77!")).build());

    assertThat(puts()).singleElement().satisfies(sent -> assertThat(sent.get("host_request").toString())
        .isEqualTo("{\"host\":\"203.0.113.77\"}"));
    SipTrunk after = byName("Failover");
    assertThat(after.state()).contains(TrunkState.PROVISIONING);
    assertThat(after.attributes().get("host_request").path("host").asText()).isEqualTo("203.0.113.77");
  }

  // ---- 2. null in any boolean or number field reads as not reported ----

  @Test
  void reads_takeNullInEveryBooleanAndNumberField_asNotReported_neverFailingThePage() {
    sim.answerNullPrimitives();

    List<FlexTrunkSummary> summaries = client.list().toList();
    assertThat(summaries).hasSize(5).allSatisfy(s -> {
      assertThat(s.multipleNumbers()).isFalse();
      assertThat(s.passthrough()).isEmpty();
      assertThat(s.talkTime()).isEmpty();
    });
    FlexTrunk trunk = client.get(summaries.get(1).id());
    assertThat(trunk.didinfoEnabled()).as("Wavix's default").isTrue();
    assertThat(trunk.transcriptionThreshold()).isEqualTo(6);
    assertThat(trunk.maxChannels()).isEmpty();
    assertThat(trunk.channelsRestrict()).isFalse();

    assertThat(provider.list().toList()).hasSize(5);
    assertThat(provider.get(Long.toString(summaries.get(1).id())).maxChannels()).isEmpty();
  }

  // ---- 3. get fills the state as list does ----

  @Test
  void get_fillsTheStateAsListDoes() {
    for (SipTrunk listed : provider.list().toList()) {
      assertThat(listed.state()).as(listed.name().orElseThrow()).isPresent();
      assertThat(provider.get(listed.id()).state()).as(listed.name().orElseThrow()).isEqualTo(listed.state());
    }
    assertThat(provider.get(byName("Failover SBC").id()).state()).contains(TrunkState.PROVISIONING);
  }

  // ---- 4. Wavix's error bodies under 200 are errors on every call ----

  @Test
  void errorBodiesUnder200_areErrorsOnEveryCall_ofTheProviderAndTheTypedClient() {
    long id = Long.parseLong(byName("HQ PBX").id());
    sim.notProvisioned(true);
    sim.answerErrorsWith200();
    FlexTrunkRequest request = FlexTrunkRequest.builder().label("x").password(Secret.of("Hq-Pbx!2024-secure"))
        .callerid("13132847320").build();
    List<ThrowingCallable> calls = List.of(
        () -> provider.list().toList(),
        () -> provider.get(Long.toString(id)),
        () -> provider.create(TrunkSpec.builder().name("x").password(Secret.of("p-1234567")).callerId("+13132847320")
            .build()),
        () -> provider.update(Long.toString(id), TrunkUpdate.builder().name("x").password(Secret.of("p-1234567"))
            .build()),
        () -> provider.delete(Long.toString(id)),
        () -> client.list().toList(),
        () -> client.listPage(1, 25),
        () -> client.get(id),
        () -> client.create(request),
        () -> client.update(id, request),
        () -> client.delete(id));

    for (int i = 0; i < calls.size(); i++) {
      assertThatThrownBy(calls.get(i)).as("call %d", i).isInstanceOfSatisfying(TrunkApiException.class,
          e -> assertThat(e.vendorMessage()).contains("The service is not provisioned for your account."));
    }
    assertThat(sim.trunkIds()).hasSize(5);
    assertThat(sim.trunk(id).orElseThrow().get("label").asText()).isEqualTo("HQ PBX");
  }

  @Test
  void errorBodiesUnder200_keepTheirKind_planUnauthorizedAndNotFound() {
    sim.answerErrorsWith200();
    assertThatThrownBy(() -> provider.get("999999")).isInstanceOf(TrunkNotFoundException.class);
    assertThatThrownBy(() -> client.get(999999)).isInstanceOf(TrunkNotFoundException.class);
    try (TrunkProvider wrongKey = new FlexProviderFactory().create(ProviderConfig.builder().baseUrl(sim.baseUrl())
        .credentials(Credentials.bearer("wrong-key-123")).build())) {
      assertThatThrownBy(() -> wrongKey.list().toList()).isInstanceOf(TrunkUnauthorizedException.class);
      assertThatThrownBy(() -> wrongKey.unwrap(FlexClient.class).listPage(1, 25))
          .isInstanceOf(TrunkUnauthorizedException.class);
    }
    sim.notProvisioned(true);
    assertThatThrownBy(() -> client.listPage(1, 25)).isInstanceOf(FlexServiceNotProvisionedException.class);
  }
}
