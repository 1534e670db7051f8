package io.trunkline.provider.famulor.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.trunkline.provider.famulor.internal.FamulorAccount.KEY;
import static io.trunkline.provider.famulor.internal.FamulorAccount.TRUNKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.provider.famulor.FamulorRateLimit;
import io.trunkline.provider.famulor.FamulorSipTrunk;
import io.trunkline.provider.famulor.FamulorSipTrunkCreate;
import io.trunkline.provider.famulor.FamulorSipTrunkUpdate;
import io.trunkline.provider.famulor.InboundAuthorizationType;
import io.trunkline.provider.famulor.SipCallingFormat;
import io.trunkline.provider.famulor.SipTrunkType;
import io.trunkline.contract.WireMockVendor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(20)
class FamulorClientTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FamulorAccount.wireMock();

  private static RequestPatternBuilder authorized(RequestPatternBuilder request) {
    return request
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withHeader("Accept", equalTo("application/json"));
  }

  @Test
  void list_sendsOneGet_andReadsEveryFieldOfTheSeedPage() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson(fx.payload("list.json"))));

    List<FamulorSipTrunk> trunks = fx.provider().unwrap(FamulorClient.class).list().toList();

    fx.server().verify(1, authorized(getRequestedFor(urlEqualTo(TRUNKS))).withRequestBody(absent()));
    assertThat(trunks).hasSize(2);
    FamulorSipTrunk first = trunks.get(0);
    assertThat(first.id()).isEqualTo(42);
    assertThat(first.phoneNumber()).isEqualTo("1000");
    assertThat(first.nickname()).isEmpty();
    assertThat(first.sipUsername()).isEqualTo("myuser");
    assertThat(first.sipAddress()).isEqualTo("sip.provider.com");
    assertThat(first.sipCallingFormat()).contains(SipCallingFormat.PLUS_E164);
    assertThat(first.inboundAuthorizationType()).contains(InboundAuthorizationType.AUTH);
    assertThat(first.allowedInboundIps()).isEmpty();
    assertThat(first.outboundProxy()).contains(false);
    assertThat(first.countryCode()).contains("US");
    assertThat(first.inboundTrunkId()).isEmpty();
    assertThat(first.outboundTrunkId()).isEmpty();
    assertThat(first.createdAt()).contains(Instant.parse("2026-03-31T10:00:00Z"));
    assertThat(first.updatedAt()).contains(Instant.parse("2026-03-31T10:00:00Z"));
    assertThat(first.additionalFields()).isEmpty();
    FamulorSipTrunk second = trunks.get(1);
    assertThat(second.id()).isEqualTo(43);
    assertThat(second.phoneNumber()).isEqualTo("+14155551234");
    assertThat(second.sipUsername()).isEqualTo("trunk_user");
    assertThat(second.sipCallingFormat()).contains(SipCallingFormat.E164);
    assertThat(second.inboundAuthorizationType()).contains(InboundAuthorizationType.IP);
    assertThat(second.allowedInboundIps()).containsExactly("203.0.113.10", "198.51.100.20");
    assertThat(second.outboundProxy()).contains(true);
    assertThat(second.createdAt()).contains(Instant.parse("2026-03-31T11:00:00Z"));
  }

  @Test
  void list_isLazy_andEachIterationAsksAgain() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson(fx.payload("list.json"))));

    var listing = fx.provider().unwrap(FamulorClient.class).list();
    fx.server().verify(0, getRequestedFor(urlEqualTo(TRUNKS)));
    listing.toList();
    listing.toList();

    fx.server().verify(2, getRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void get_readsEveryField_includingTheVoiceTrunkIdsAndNickname() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));

    FamulorSipTrunk trunk = fx.provider().unwrap(FamulorClient.class).get(42);

    fx.server().verify(1, authorized(getRequestedFor(urlEqualTo(TRUNKS + "/42"))).withRequestBody(absent()));
    assertThat(trunk.id()).isEqualTo(42);
    assertThat(trunk.phoneNumber()).isEqualTo("1000");
    assertThat(trunk.nickname()).contains("Provider X — Haupt");
    assertThat(trunk.sipUsername()).isEqualTo("myuser");
    assertThat(trunk.sipAddress()).isEqualTo("sip.provider.com");
    assertThat(trunk.sipCallingFormat()).contains(SipCallingFormat.PLUS_E164);
    assertThat(trunk.inboundAuthorizationType()).contains(InboundAuthorizationType.AUTH);
    assertThat(trunk.allowedInboundIps()).isEmpty();
    assertThat(trunk.outboundProxy()).contains(false);
    assertThat(trunk.countryCode()).contains("US");
    assertThat(trunk.inboundTrunkId()).contains("ST_xxxxxxxxxxxx");
    assertThat(trunk.outboundTrunkId()).contains("ST_yyyyyyyyyyyy");
    assertThat(trunk.createdAt()).contains(Instant.parse("2026-03-31T10:00:00Z"));
    assertThat(trunk.updatedAt()).contains(Instant.parse("2026-03-31T10:00:00Z"));
  }

  @Test
  void create_extensionWithPasswordAuth_sendsExactlyTheDocumentedBody_andReads201() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(fx.payload("create-201-extension.json"))));

    FamulorSipTrunk created = fx.provider().unwrap(FamulorClient.class).create(FamulorSipTrunkCreate.builder()
        .sipTrunkType(SipTrunkType.EXTENSION)
        .phoneNumber("1000")
        .nickname("Provider X — Haupt")
        .sipUsername("myuser")
        .sipPassword(Secret.of("s3cr3t-pass"))
        .sipAddress("sip.provider.com")
        .sipCallingFormat(SipCallingFormat.PLUS_E164)
        .inboundAuthorizationType(InboundAuthorizationType.AUTH)
        .countryCode("US")
        .outboundProxy(false)
        .build());

    fx.server().verify(1, authorized(postRequestedFor(urlEqualTo(TRUNKS)))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"sip_trunk_type\":\"extension\",\"phone_number\":\"1000\","
            + "\"nickname\":\"Provider X — Haupt\",\"sip_username\":\"myuser\",\"sip_password\":\"s3cr3t-pass\","
            + "\"sip_address\":\"sip.provider.com\",\"sip_calling_format\":\"+e164\","
            + "\"inbound_authorization_type\":\"auth\",\"country_code\":\"US\",\"outbound_proxy\":false}",
            false, false)));
    assertThat(created.id()).isEqualTo(42);
    assertThat(created.nickname()).contains("Provider X — Haupt");
    assertThat(created.inboundTrunkId()).contains("ST_xxxxxxxxxxxx");
    assertThat(created.outboundTrunkId()).contains("ST_yyyyyyyyyyyy");
  }

  @Test
  void create_numberWithIpAuth_sendsTheAllowList_andLeavesOutWhatIsNotSet() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(fx.payload("create-201-number.json"))));

    FamulorSipTrunk created = fx.provider().unwrap(FamulorClient.class).create(FamulorSipTrunkCreate.builder()
        .sipTrunkType(SipTrunkType.NUMBER)
        .phoneNumber("+14155551234")
        .sipUsername("trunk_user")
        .sipPassword(Secret.of("pw-123"))
        .sipAddress("sip.provider.com")
        .sipCallingFormat(SipCallingFormat.E164)
        .inboundAuthorizationType(InboundAuthorizationType.IP)
        .addAllowedInboundIps("203.0.113.10", "198.51.100.20")
        .countryCode("US")
        .build());

    fx.server().verify(1, authorized(postRequestedFor(urlEqualTo(TRUNKS)))
        .withRequestBody(equalToJson("{\"sip_trunk_type\":\"number\",\"phone_number\":\"+14155551234\","
            + "\"sip_username\":\"trunk_user\",\"sip_password\":\"pw-123\",\"sip_address\":\"sip.provider.com\","
            + "\"sip_calling_format\":\"e164\",\"inbound_authorization_type\":\"ip\","
            + "\"allowed_inbound_ips\":[\"203.0.113.10\",\"198.51.100.20\"],\"country_code\":\"US\"}",
            false, false)));
    assertThat(created.id()).isEqualTo(43);
    assertThat(created.nickname()).isEmpty();
    assertThat(created.allowedInboundIps()).containsExactly("203.0.113.10", "198.51.100.20");
    assertThat(created.outboundProxy()).contains(true);
  }

  @Test
  void create_sendsAdditionalFieldsAsGiven() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("create-201-extension.json"))));

    fx.provider().unwrap(FamulorClient.class).create(extension().putAdditionalFields("codec_preference", TextNode.valueOf("opus")).build());

    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS))
        .withRequestBody(equalToJson("{\"codec_preference\":\"opus\"}", false, true)));
  }

  @Test
  void update_sendsOnlyTheFieldsSet_withThePassword() {
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("update-200-credentials.json"))));

    FamulorSipTrunk updated = fx.provider().unwrap(FamulorClient.class).update(42, FamulorSipTrunkUpdate.builder()
        .sipUsername("new_username")
        .sipPassword(Secret.of("n3w-pass"))
        .build());

    fx.server().verify(1, authorized(putRequestedFor(urlEqualTo(TRUNKS + "/42")))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"sip_username\":\"new_username\",\"sip_password\":\"n3w-pass\"}",
            false, false)));
    assertThat(updated.sipUsername()).isEqualTo("new_username");
    assertThat(updated.inboundTrunkId()).contains("ST_newtrunkid1");
    assertThat(updated.outboundTrunkId()).contains("ST_newtrunkid2");
    assertThat(updated.updatedAt()).contains(Instant.parse("2026-03-31T12:00:00Z"));
  }

  @Test
  void update_clearNickname_sendsAJsonNull() {
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("update-200-credentials.json"))));

    fx.provider().unwrap(FamulorClient.class).update(42, FamulorSipTrunkUpdate.builder().clearNickname(true).build());

    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42"))
        .withRequestBody(equalToJson("{\"nickname\":null}", false, false)));
  }

  @Test
  void update_everyField_sendsEachUnderItsFamulorName() {
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("update-200-ip.json"))));

    FamulorSipTrunk updated = fx.provider().unwrap(FamulorClient.class).update(42, FamulorSipTrunkUpdate.builder()
        .phoneNumber("1001")
        .nickname("Neu")
        .sipAddress("sip2.provider.com")
        .sipCallingFormat(SipCallingFormat.NATIONAL)
        .inboundAuthorizationType(InboundAuthorizationType.IP)
        .allowedInboundIps(List.of("203.0.113.10"))
        .countryCode("DE")
        .outboundProxy(true)
        .build());

    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42"))
        .withRequestBody(equalToJson("{\"phone_number\":\"1001\",\"nickname\":\"Neu\","
            + "\"sip_address\":\"sip2.provider.com\",\"sip_calling_format\":\"national\","
            + "\"inbound_authorization_type\":\"ip\",\"allowed_inbound_ips\":[\"203.0.113.10\"],"
            + "\"country_code\":\"DE\",\"outbound_proxy\":true}", false, false)));
    assertThat(updated.inboundAuthorizationType()).contains(InboundAuthorizationType.IP);
    assertThat(updated.allowedInboundIps()).containsExactly("203.0.113.10");
  }

  @Test
  void delete_usesTheGenericPhoneNumberPath() {
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42"))
        .willReturn(okJson(fx.payload("delete-200.json"))));

    fx.provider().unwrap(FamulorClient.class).delete(42);

    fx.server().verify(1, authorized(deleteRequestedFor(urlEqualTo("/api/user/phone-numbers/42")))
        .withRequestBody(absent()));
    fx.server().verify(0, deleteRequestedFor(urlEqualTo(TRUNKS + "/42")));
  }

  @Test
  void nonPositiveIds_areRefused_withoutARequest() {
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(0)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).delete(-1)).isInstanceOf(TrunkValidationException.class);
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).update(-5, FamulorSipTrunkUpdate.builder().nickname("x").build()))
        .isInstanceOf(TrunkValidationException.class);
    assertThat(fx.server().getAllServeEvents()).isEmpty();
  }

  @Test
  void rateLimitHeaders_ofTheLatestResponse_areVisible() {
    assertThat(fx.provider().unwrap(FamulorClient.class).lastRateLimit()).isEmpty();
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson(fx.payload("list.json"))
        .withHeader("X-RateLimit-Limit", "100")
        .withHeader("X-RateLimit-Remaining", "95")
        .withHeader("X-RateLimit-Reset", "1640995200")));

    fx.provider().unwrap(FamulorClient.class).list().toList();

    FamulorRateLimit limit = fx.provider().unwrap(FamulorClient.class).lastRateLimit().orElseThrow();
    assertThat(limit.limit()).hasValue(100);
    assertThat(limit.remaining()).hasValue(95);
    assertThat(limit.reset()).contains(Instant.ofEpochSecond(1640995200));
    assertThat(limit.observedAt()).isEqualTo(FamulorAccount.NOW);
  }

  @Test
  void rateLimitHeaders_thatAreNotNumbers_areLeftEmpty() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson(fx.payload("list.json"))
        .withHeader("X-RateLimit-Limit", "lots")
        .withHeader("X-RateLimit-Remaining", "7")));

    fx.provider().unwrap(FamulorClient.class).list().toList();

    FamulorRateLimit limit = fx.provider().unwrap(FamulorClient.class).lastRateLimit().orElseThrow();
    assertThat(limit.limit()).isEmpty();
    assertThat(limit.remaining()).hasValue(7);
    assertThat(limit.reset()).isEmpty();
  }

  @Test
  void unknownFieldsAndEnumValues_areKept_andSurviveAJsonRoundTrip() throws Exception {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson("{\"data\":{\"id\":42,"
        + "\"phone_number\":\"1000\",\"sip_username\":\"myuser\",\"sip_address\":\"sip.provider.com\","
        + "\"sip_calling_format\":\"local\",\"inbound_authorization_type\":\"mtls\",\"allowed_inbound_ips\":null,"
        + "\"region\":\"eu-1\",\"max_calls\":4,\"sip_password\":\"leaked\"},\"meta\":{\"x\":1}}")));

    FamulorSipTrunk trunk = fx.provider().unwrap(FamulorClient.class).get(42);

    assertThat(trunk.sipCallingFormat()).hasValueSatisfying(f -> {
      assertThat(f.value()).isEqualTo("local");
      assertThat(f.isKnown()).isFalse();
    });
    assertThat(trunk.inboundAuthorizationType().map(InboundAuthorizationType::value)).contains("mtls");
    assertThat(trunk.additionalFields()).containsOnlyKeys("region", "max_calls")
        .containsEntry("region", TextNode.valueOf("eu-1"))
        .containsEntry("max_calls", IntNode.valueOf(4));
    String json = Json.mapper().writeValueAsString(trunk);
    assertThat(json).contains("\"region\":\"eu-1\"").contains("\"sip_calling_format\":\"local\"")
        .doesNotContain("leaked");
    assertThat(Json.mapper().readValue(json, FamulorSipTrunk.class)).isEqualTo(trunk);
  }

  @Test
  void aResponseWithoutTheDataEnvelope_orWithoutAnId_isRefused() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson("{\"trunks\":[]}")));
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/1")).willReturn(okJson("{\"data\":{\"phone_number\":\"1000\","
        + "\"sip_username\":\"u12\",\"sip_address\":\"h.example\"}}")));
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/2")).willReturn(okJson("{\"data\":[1]}")));
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/3")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>login</html>")));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).list().toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("'data'");
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(1)).isInstanceOf(TrunkResponseException.class);
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(2)).isInstanceOf(TrunkResponseException.class);
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(3)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("text/html");
  }

  @Test
  void thePassword_neverShowsInToStringOrTheModelsJson() throws Exception {
    FamulorSipTrunkCreate create = extension().build();
    FamulorSipTrunkUpdate update = FamulorSipTrunkUpdate.builder().sipPassword(Secret.of("top-secret-9")).build();

    assertThat(create.toString()).doesNotContain("top-secret-9").contains("****");
    assertThat(update.toString()).doesNotContain("top-secret-9");
    assertThat(Json.mapper().writeValueAsString(create)).doesNotContain("top-secret-9");
    assertThat(Json.mapper().writeValueAsString(update)).doesNotContain("top-secret-9");
  }

  static io.trunkline.provider.famulor.ImmutableFamulorSipTrunkCreate.Builder extension() {
    return FamulorSipTrunkCreate.builder()
        .sipTrunkType(SipTrunkType.EXTENSION)
        .phoneNumber("1000")
        .sipUsername("myuser")
        .sipPassword(Secret.of("top-secret-9"))
        .sipAddress("sip.provider.com")
        .sipCallingFormat(SipCallingFormat.PLUS_E164)
        .inboundAuthorizationType(InboundAuthorizationType.AUTH)
        .countryCode("US");
  }
}
