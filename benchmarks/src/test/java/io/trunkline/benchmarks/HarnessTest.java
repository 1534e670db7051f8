package io.trunkline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.benchmarks.VendorPages.Vendor;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness is honest: the loopback servers page like the vendors, and the SDK and each baseline (the
 * typed limits and the SDK-shaped raw loop) read the same trunks with the same content, field for field. Nothing here
 * is timed.
 */
class HarnessTest {
  private static final OkHttpClient CLIENT = new OkHttpClient();

  @AfterAll
  static void close() {
    CLIENT.dispatcher().executorService().shutdown();
    CLIENT.connectionPool().evictAll();
  }

  @Test
  void summaryItemsReadAlikeThroughTheSdkAndTheRawLoop() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<RawTrunk> raw = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(250, PbxPages.Shape.SUMMARY), 0, 2);
        TrunkProvider pbx = Sdk.open(server.baseUrl())) {
      assertThat(Sdk.list(pbx, sdk::add)).isEqualTo(250);
      assertThat(new RawLister(CLIENT, server.baseUrl(), LoopbackServer.TOKEN).list(raw::add)).isEqualTo(250);
      assertThat(server.requests()).isEqualTo(6);
    }
    assertThat(sdk).extracting(SipTrunk::id).doesNotHaveDuplicates();
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      RawTrunk r = raw.get(i);
      assertThat(s.id()).isEqualTo(r.id).isEqualTo(PbxPages.id(i));
      assertThat(s.name()).contains(r.name);
      assertThat(s.state()).contains(r.enabled ? TrunkState.ACTIVE : TrunkState.INACTIVE);
      assertThat(s.host()).contains(r.hostname);
      assertThat(s.port()).contains(r.port);
      assertThat(s.numbers()).isEqualTo(r.numbers).hasSize(2);
      // enabled is read as the state and kept in attributes too, where it can be written back
      assertThat(s.attributes()).containsOnlyKeys("brand", "shared", "enabled");
      assertThat(s.attributes().get("enabled").booleanValue()).isEqualTo(r.enabled);
      assertThat(s.attributes()).containsAllEntriesOf(r.other);
    }
  }

  @Test
  void fullItemsReadAlikeThroughTheSdkAndTheRawLoop() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<RawTrunk> raw = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(120, PbxPages.Shape.FULL), 0, 2);
        TrunkProvider pbx = Sdk.open(server.baseUrl())) {
      Sdk.list(pbx, sdk::add);
      new RawLister(CLIENT, server.baseUrl(), LoopbackServer.TOKEN).list(raw::add);
    }
    assertThat(sdk).hasSize(120);
    assertThat(raw).hasSize(120);
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      RawTrunk r = raw.get(i);
      assertThat(s.transport().map(Enum::name)).contains(r.transport);
      assertThat(s.username()).contains(r.username);
      assertThat(s.maxChannels()).contains(r.concurrency);
      assertThat(s.allowedIps()).isEqualTo(r.allowedIps).hasSize(2);
      assertThat(s.authMode()).contains("IP_AUTH".equals(r.authMode) ? AuthMode.IP : AuthMode.CREDENTIALS);
      assertThat(s.attributes().keySet()).containsAll(r.other.keySet());
      assertThat(s.attributes().get("outbound_parameters").size())
          .isEqualTo(r.other.get("outbound_parameters").size());
    }
  }

  // ---- the limits (typed, streaming) against the SDK, field for field ------------------------------------------

  @Test
  void theFullShapeLimitReadsEveryFieldTheSdkReads() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<PbxTrunk> limit = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(150, PbxPages.Shape.FULL), 0, 2);
        TrunkProvider pbx = Sdk.open(server.baseUrl())) {
      assertThat(Sdk.list(pbx, sdk::add)).isEqualTo(150);
      assertThat(TypedPbxLister.full(CLIENT, server.baseUrl(), LoopbackServer.TOKEN).list(limit::add))
          .isEqualTo(150);
    }
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      PbxTrunk t = limit.get(i);
      Map<String, JsonNode> a = s.attributes();
      assertThat(s.id()).isEqualTo(t.id()).isEqualTo(PbxPages.id(i));
      assertThat(s.name()).contains(t.name());
      assertThat(s.state()).contains(t.enabled() ? TrunkState.ACTIVE : TrunkState.INACTIVE);
      assertThat(a.get("enabled").booleanValue()).isEqualTo(t.enabled());
      assertThat(a.get("brand").textValue()).isEqualTo(t.brand());
      assertThat(s.authMode()).contains(t.authMode() == PbxTrunk.AuthMode.IP_AUTH ? AuthMode.IP
          : AuthMode.CREDENTIALS);
      assertThat(s.transport().map(Enum::name)).contains(t.transport().name());
      assertThat(s.host()).contains(t.hostname());
      assertThat(s.port()).contains(t.port());
      assertThat(a.get("auth_id").textValue()).isEqualTo(t.authId());
      assertThat(s.username()).contains(t.username());
      assertThat(a.get("registration").booleanValue()).isEqualTo(t.registration());
      assertThat(a.get("register_interval").intValue()).isEqualTo(t.registerInterval());
      assertThat(a.get("outbound_server").textValue()).isEqualTo(t.outboundServer());
      assertThat(a.get("outbound_server_port").intValue()).isEqualTo(t.outboundServerPort());
      assertThat(a.get("inlan").booleanValue()).isEqualTo(t.inlan());
      assertThat(a.get("single_via_header").booleanValue()).isEqualTo(t.singleViaHeader());
      assertThat(a.get("rewrite_via_ip").booleanValue()).isEqualTo(t.rewriteViaIp());
      assertThat(a.get("verify_port").booleanValue()).isEqualTo(t.verifyPort());
      assertThat(a.get("keep_alive").booleanValue()).isEqualTo(t.keepAlive());
      assertThat(a.get("keep_alive_interval").intValue()).isEqualTo(t.keepAliveInterval());
      assertThat(s.maxChannels()).contains(t.concurrency());
      assertThat(s.allowedIps()).isEqualTo(t.additionalIps()).hasSize(2);
      assertThat(a.get("adjust_sdp_direction").booleanValue()).isEqualTo(t.adjustSdpDirection());
      assertThat(a.get("remove_srtp_info").booleanValue()).isEqualTo(t.removeSrtpInfo());
      assertThat(a.get("stir_shaken_signature_required").booleanValue())
          .isEqualTo(t.stirShakenSignatureRequired());
      assertThat(s.numbers()).isEqualTo(t.didNumbers()).hasSize(2);
      JsonNode in = a.get("inbound_parameters");
      PbxTrunk.Inbound tin = t.inboundParameters();
      assertThat(in.size()).isEqualTo(8);
      assertThat(in.get("caller_num").textValue()).isEqualTo(tin.callerNum());
      assertThat(in.get("caller_display_name").textValue()).isEqualTo(tin.callerDisplayName());
      assertThat(in.get("called_num").textValue()).isEqualTo(tin.calledNum());
      assertThat(in.get("privacy_types_supported").textValue()).isEqualTo(tin.privacyTypesSupported());
      assertThat(in.get("enable_stir_shaken_validation").booleanValue())
          .isEqualTo(tin.enableStirShakenValidation());
      assertThat(in.get("pai_header_parameter_name").textValue()).isEqualTo(tin.paiHeaderParameterName());
      List<String> drop = new ArrayList<>();
      in.get("drop_calls_with_verification_status").forEach(n -> drop.add(n.textValue()));
      assertThat(drop).isEqualTo(tin.dropCallsWithVerificationStatus()).hasSize(1);
      assertThat(in.get("pass_api_header_to_uad").booleanValue()).isEqualTo(tin.passApiHeaderToUad());
      JsonNode out = a.get("outbound_parameters");
      PbxTrunk.Outbound tout = t.outboundParameters();
      assertThat(out.size()).isEqualTo(PbxTrunk.Outbound.RULES.size() + 1);
      for (String rule : PbxTrunk.Outbound.RULES) {
        assertThat(out.get(rule).get("value").textValue()).as(rule).isEqualTo(tout.rule(rule).value());
        assertThat(out.get(rule).get("custom_value").textValue()).as(rule).isEqualTo(tout.rule(rule).customValue());
      }
      assertThat(out.get("privacy_types_supported").textValue()).isEqualTo(tout.privacyTypesSupported());
      assertThat(a.get("remove_plus_prefix").booleanValue()).isEqualTo(t.removePlusPrefix());
      assertThat(a.get("force_outbound_proxy").booleanValue()).isEqualTo(t.forceOutboundProxy());
      assertThat(a.get("shared").booleanValue()).isEqualTo(t.shared());
      // all 31 fields are somewhere: ten read as neutral fields only, the other 21 (enabled too) as attributes
      assertThat(a).hasSize(21);
    }
  }

  @Test
  void theSummaryLimitReadsEveryFieldTheSdkReads() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<PbxSummaryTrunk> limit = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(250, PbxPages.Shape.SUMMARY), 0, 2);
        TrunkProvider pbx = Sdk.open(server.baseUrl())) {
      Sdk.list(pbx, sdk::add);
      assertThat(TypedPbxLister.summary(CLIENT, server.baseUrl(), LoopbackServer.TOKEN).list(limit::add))
          .isEqualTo(250);
    }
    assertThat(sdk).hasSize(250);
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      PbxSummaryTrunk t = limit.get(i);
      assertThat(s.id()).isEqualTo(t.id()).isEqualTo(PbxPages.id(i));
      assertThat(s.name()).contains(t.name());
      assertThat(s.state()).contains(t.enabled() ? TrunkState.ACTIVE : TrunkState.INACTIVE);
      assertThat(s.attributes().get("enabled").booleanValue()).isEqualTo(t.enabled());
      assertThat(s.attributes().get("brand").textValue()).isEqualTo(t.brand());
      assertThat(s.host()).contains(t.hostname());
      assertThat(s.port()).contains(t.port());
      assertThat(s.numbers()).isEqualTo(t.didNumbers()).hasSize(2);
      assertThat(s.attributes().get("shared").booleanValue()).isEqualTo(t.shared());
      assertThat(s.attributes()).hasSize(3);
    }
  }

  @Test
  void famulorLimitAndSdkReadTheSameTrunks() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<VendorListers.FamulorTrunk> limit = new ArrayList<>();
    try (LoopbackServer server = Vendor.FAMULOR.serve(60, 0, 2);
        TrunkProvider famulor = Sdk.open(Vendor.FAMULOR, server.baseUrl())) {
      Sdk.list(famulor, sdk::add);
      VendorListers.famulor(CLIENT, server.baseUrl(), limit::add);
    }
    assertThat(sdk).hasSize(60);
    assertThat(limit).hasSize(60);
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      VendorListers.FamulorTrunk t = limit.get(i);
      assertThat(s.id()).isEqualTo(Long.toString(t.id()));
      assertThat(s.numbers()).containsExactly(t.phoneNumber());
      assertThat(s.name()).isEqualTo(java.util.Optional.ofNullable(t.nickname()));
      assertThat(s.username()).contains(t.sipUsername());
      assertThat(s.host()).contains(t.sipAddress());
      assertThat(s.attributes().get("sip_calling_format").textValue()).isEqualTo(t.sipCallingFormat());
      assertThat(s.authMode()).contains("ip".equals(t.inboundAuthorizationType()) ? AuthMode.IP
          : AuthMode.CREDENTIALS);
      assertThat(s.allowedIps()).isEqualTo(t.allowedInboundIps());
      assertThat(s.attributes().get("outbound_proxy").booleanValue()).isEqualTo(t.outboundProxy());
      assertThat(s.countryCode()).contains(t.countryCode());
      assertThat(s.createdAt()).contains(t.createdAt());
      assertThat(s.updatedAt()).contains(t.updatedAt());
      assertThat(s.attributes()).hasSize(2);
    }
  }

  @Test
  void propertiesV2LimitAndSdkReadTheSameTrunks() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<VendorListers.PropertiesTrunk> limit = new ArrayList<>();
    try (LoopbackServer server = Vendor.PROPERTIES_V2.serve(120, 0, 2);
        TrunkProvider properties = Sdk.open(Vendor.PROPERTIES_V2, server.baseUrl())) {
      Sdk.list(properties, sdk::add);
      VendorListers.properties(CLIENT, server.baseUrl(), limit::add);
      assertThat(server.requests()).isEqualTo(6);
    }
    assertThat(sdk).hasSize(120);
    assertThat(limit).hasSize(120);
    TrunkState[] states = {TrunkState.INACTIVE, TrunkState.PROVISIONING, TrunkState.ACTIVE,
      TrunkState.DEPROVISIONING};
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      VendorListers.PropertiesTrunk t = limit.get(i);
      Map<String, JsonNode> a = s.attributes();
      assertThat(s.id()).isEqualTo(t.sipTrunkSid()).isEqualTo(VendorPages.sid(i));
      assertThat(s.createdAt()).contains(t.created());
      assertThat(s.updatedAt()).contains(t.modified());
      assertThat(s.name()).contains(t.name());
      assertThat(s.authMode()).contains(t.type() == 0 ? AuthMode.IP : AuthMode.CREDENTIALS);
      assertThat(s.maxChannels()).contains(t.channelLimit());
      assertThat(s.callerId()).contains(t.defaultCallerId());
      assertThat(s.state()).contains(states[t.provisioningState()]);
      assertThat(textOrNull(a.get("CustomerReference"))).isEqualTo(t.customerReference());
      assertThat(textOrNull(a.get("ExternalReference"))).isEqualTo(t.externalReference());
      assertThat(a.containsKey("EndDate") ? java.time.Instant.ofEpochSecond(a.get("EndDate").longValue()) : null)
          .isEqualTo(t.endDate());
      assertThat(a.size()).isEqualTo((t.customerReference() == null ? 0 : 1)
          + (t.externalReference() == null ? 0 : 1) + (t.endDate() == null ? 0 : 1));
    }
  }

  @Test
  void flexLimitAndSdkReadTheSameTrunks() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<VendorListers.FlexTrunk> limit = new ArrayList<>();
    try (LoopbackServer server = Vendor.FLEX.serve(60, 0, 2);
        TrunkProvider flex = Sdk.open(Vendor.FLEX, server.baseUrl())) {
      Sdk.list(flex, sdk::add);
      VendorListers.flex(CLIENT, server.baseUrl(), limit::add);
    }
    assertThat(sdk).hasSize(60);
    assertThat(limit).hasSize(60);
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      VendorListers.FlexTrunk t = limit.get(i);
      Map<String, JsonNode> a = s.attributes();
      assertThat(s.id()).isEqualTo(Long.toString(t.id()));
      assertThat(s.name()).contains(t.label());
      assertThat(s.username()).contains(t.name());
      assertThat(s.authMode()).contains("IP auth".equals(t.authMethod()) ? AuthMode.IP : AuthMode.CREDENTIALS);
      assertThat(s.callerId()).contains("+" + t.callerid());
      assertThat(a.get("host_request").isNull()).isEqualTo(t.hostRequest() == null);
      assertThat(a.get("passthrough").booleanValue()).isEqualTo(t.passthrough());
      assertThat(a.get("multiple_numbers").booleanValue()).isEqualTo(t.multipleNumbers());
      assertThat(s.state()).contains(switch (t.status()) {
        case "active" -> TrunkState.ACTIVE;
        case "pending" -> TrunkState.PROVISIONING;
        default -> TrunkState.INACTIVE;
      });
      assertThat(a.get("charge").textValue()).isEqualTo(t.charge());
      assertThat(a.get("talk_time").intValue()).isEqualTo(t.talkTime());
      assertThat(a.get("machine_detection_enabled").booleanValue()).isEqualTo(t.machineDetectionEnabled());
      assertThat(a.get("call_recording_enabled").booleanValue()).isEqualTo(t.callRecordingEnabled());
      assertThat(a.get("transcription_enabled").booleanValue()).isEqualTo(t.transcriptionEnabled());
      assertThat(a.get("transcription_threshold").intValue()).isEqualTo(t.transcriptionThreshold());
      assertThat(a.get("encrypted_media").booleanValue()).isEqualTo(t.encryptedMedia());
      // the access token is a secret: the SDK does not keep it in attributes
      assertThat(t.accessToken()).isNotBlank();
      assertThat(a).doesNotContainKey("access_token").hasSize(10);
    }
  }

  @Test
  void channelLimitAndSdkReadTheSameCallerIds() {
    List<Object> sdk = new ArrayList<>();
    List<VendorListers.ChannelCallerId> limit = new ArrayList<>();
    try (LoopbackServer server = Vendor.CHANNEL.serve(250, 0, 2);
        TrunkProvider channel = Sdk.open(Vendor.CHANNEL, server.baseUrl())) {
      Sdk.listVendor(Vendor.CHANNEL, channel, sdk::add);
      VendorListers.channel(CLIENT, server.baseUrl(), limit::add);
    }
    assertThat(sdk).hasSize(250);
    assertThat(limit).hasSize(250);
    for (int i = 0; i < sdk.size(); i++) {
      CallerId s = (CallerId) sdk.get(i);
      assertThat(s.number()).isEqualTo(limit.get(i).callerId()).isEqualTo(VendorPages.callerId(i));
      assertThat(s.attributes()).isEmpty();
    }
  }

  @Test
  void cycledPagesRepeatTheDistinctOnesUpToTheCount() {
    PbxPages pages = PbxPages.cycled(1_000, 200, PbxPages.Shape.SUMMARY);
    assertThat(pages.page(400)).isEqualTo(pages.page(0));
    assertThat(pages.page(300)).isEqualTo(pages.page(100));
    assertThat(new String(pages.page(1_000), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"count\":1000,\"items\":[]}");
  }

  private static String textOrNull(JsonNode node) {
    return node == null ? null : node.textValue();
  }

  @Test
  void theServerRefusesAWrongTokenAndPagingItDoesNotServe() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(10, PbxPages.Shape.SUMMARY), 0, 1)) {
      assertThat(status(server.baseUrl() + "/api/providers?skip=0&top=100", "Bearer wrong")).isEqualTo(401);
      assertThat(status(server.baseUrl() + "/api/providers?skip=5&top=100", null)).isEqualTo(400);
      assertThat(status(server.baseUrl() + "/api/providers?skip=0&top=10", null)).isEqualTo(400);
      assertThat(status(server.baseUrl() + "/api/providers?skip=100&top=100", null)).isEqualTo(200);
    }
  }

  @Test
  void aWrongTokenFailsTheSdkLoudly() {
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(10, PbxPages.Shape.SUMMARY), 0, 1);
        TrunkProvider pbx = io.trunkline.core.Trunkline.discover().open("pbx",
            io.trunkline.core.ProviderConfig.builder().baseUrl(server.baseUrl())
                .credentials(io.trunkline.core.Credentials.bearer("wrong")).build())) {
      assertThatThrownBy(() -> pbx.list().toList())
          .isInstanceOf(io.trunkline.core.error.TrunkUnauthorizedException.class);
    }
  }

  @Test
  void pagesHoldEveryTrunkOnceAndAnEmptyPagePastTheEnd() {
    PbxPages pages = PbxPages.of(205, PbxPages.Shape.SUMMARY);
    assertThat(new String(pages.page(200), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\"count\":205,\"items\":[{\"id\":\"" + PbxPages.id(200) + "\"");
    assertThat(new String(pages.page(300), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"count\":205,\"items\":[]}");
  }

  @Test
  void queryParametersAreReadByName() {
    assertThat(LoopbackServer.param("skip=200&top=100", "skip", 0)).isEqualTo(200);
    assertThat(LoopbackServer.param("top=100&skip=3", "skip", 0)).isEqualTo(3);
    assertThat(LoopbackServer.param("xskip=1&top=100", "skip", 0)).isEqualTo(0);
    assertThat(LoopbackServer.param("skip=x", "skip", 0)).isEqualTo(-1);
    assertThat(LoopbackServer.param(null, "top", 100)).isEqualTo(100);
  }

  private static int status(String url, String authorization) throws IOException {
    Request request = new Request.Builder().url(url)
        .header("Authorization", authorization == null ? "Bearer " + LoopbackServer.TOKEN : authorization).build();
    try (Response response = CLIENT.newCall(request).execute()) {
      return response.code();
    }
  }

  @Test
  void thePlanSeesTheMixItIsBuiltFor_andReadsInFullOnlyTheTrunksWhoseListingLacksAField() {
    try (PlanBench bench = PlanBench.start(2, 200, 2)) {
      PlanBench.Expected expected = bench.expected();
      // per account: 198 named (4 port changes, 4 maxChannels changes, 190 as they are), 2 to create
      assertThat(expected).isEqualTo(new PlanBench.Expected(4, 16, 380, 8));
      assertThat(bench.desired().trunks()).hasSize(400);

      long r0 = bench.requests();
      assertThat(bench.list()).isEqualTo(400);
      long listRequests = bench.requests() - r0;
      r0 = bench.requests();
      io.trunkline.plan.Plan plan = bench.plan();
      long planRequests = bench.requests() - r0;

      assertThat(plan.creates()).isEqualTo(4);
      assertThat(plan.updates()).isEqualTo(16);
      assertThat(plan.unchanged()).isEqualTo(380);
      assertThat(plan.deletes()).isZero();
      assertThat(listRequests).isEqualTo(4);   // two pages of 100 per account
      assertThat(planRequests).isEqualTo(listRequests + expected.detailReads());
      String human = io.trunkline.plan.PlanPrinter.human(plan);
      assertThat(human).contains("~ trunk \"" + PbxPages.name(0) + "\"", "~ port: 5061 -> 5060",
          "~ trunk \"" + PbxPages.name(25) + "\"", "~ maxChannels: " + PbxPages.concurrency(25) + " -> "
              + (PbxPages.concurrency(25) + 1), "+ trunk \"Planned 00001\"");
   

      // the same mix, every field set carried by the listing: no full read; and the listing at once lists them all
      r0 = bench.requests();
      io.trunkline.plan.Plan listed = bench.planListed(0);
      assertThat(bench.requests() - r0).isEqualTo(listRequests);
      assertThat(List.of(listed.creates(), listed.updates(), listed.unchanged(), listed.deletes()))
          .containsExactly(4L, 16L, 380L, 0L);
      assertThat(io.trunkline.plan.PlanPrinter.human(listed)).contains("~ trunk \"" + PbxPages.name(25) + "\"",
          "~ host: \"" + PbxPages.host(25) + "\" -> \"moved." + PbxPages.host(25) + "\"").doesNotContain("~ maxChannels");
      assertThat(bench.listThreads(0)).isEqualTo(2);
      r0 = bench.requests();
      assertThat(bench.listAtOnce(2)).isEqualTo(400);
      assertThat(bench.requests() - r0).isEqualTo(listRequests);
    }
  }
}
