package io.trunkline.provider.famulor.internal;

import static io.trunkline.provider.famulor.internal.FamulorFields.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.testing.Payloads;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The declaration alone: one reading for every shape, the bodies it writes, and what it publishes. */
class FamulorFieldsTest {
  private static JsonNode payload(String name) {
    return Payloads.json("famulor/" + name);
  }

  @Test
  void aListItemAndTheTrunk_readTheSame_butForTheVoiceTrunkIdsOnlyTheTrunkCarries() throws Exception {
    SipTrunk fromList = FIELDS.read(payload("list.json").get("data").get(0));
    SipTrunk fromGet = FIELDS.read(payload("get.json").get("data"));

    assertThat(fromGet.attributes()).containsKeys("inbound_trunk_id", "outbound_trunk_id");
    assertThat(SipTrunk.builder().from(fromGet).name(Optional.empty())
        .attributes(Map.of("sip_calling_format", TextNode.valueOf("+e164"), "outbound_proxy", BooleanNode.FALSE))
        .build()).isEqualTo(fromList);
  }

  @Test
  void aFullSpec_isWrittenAsFamulorsCreateBody_inTheDeclaredOrder_withThePasswordMasked() throws Exception {
    VendorBody body = FIELDS.createBody(TrunkSpec.builder().name("US Support").host("sip.provider.com")
        .username("trunk_user").password(Secret.of("pw-4711")).authMode(AuthMode.IP)
        .addAllowedIps("203.0.113.10").addNumbers("+14155551234").countryCode("US")
        .putAttributes("sip_calling_format", TextNode.valueOf("e164"))
        .putAttributes("outbound_proxy", BooleanNode.TRUE).build());

    assertThat(Json.mapper().writeValueAsString(body)).isEqualTo("{\"nickname\":\"US Support\","
        + "\"sip_address\":\"sip.provider.com\",\"inbound_authorization_type\":\"ip\",\"sip_username\":\"trunk_user\","
        + "\"sip_password\":\"****\",\"allowed_inbound_ips\":[\"203.0.113.10\"],"
        + "\"phone_number\":\"+14155551234\",\"country_code\":\"US\",\"sip_calling_format\":\"e164\","
        + "\"outbound_proxy\":true,\"sip_trunk_type\":\"number\"}");
    assertThat(body.toString()).doesNotContain("pw-4711");
  }

  @Test
  void thePortableSpec_isRefused_namingExactlyTheTwoFieldsFamulorAlsoNeeds() {
    assertThatThrownBy(() -> FIELDS.createBody(portable().build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field())
            .isEqualTo("countryCode (country_code), attributes.sip_calling_format"))
        .hasMessageContaining("are required by famulor to create a trunk")
        .hasMessageContaining("ISO 3166 alpha-2").hasMessageContaining("+e164");
  }

  @Test
  void thePortableSpec_withCountryAndCallingFormat_takesTheTypeFromTheNumber_andPasswordAuth() {
    VendorBody number = FIELDS.createBody(portable().countryCode("DE")
        .putAttributes("sip_calling_format", TextNode.valueOf("+e164")).build());
    VendorBody extension = FIELDS.createBody(portable().numbers(List.of("1000")).countryCode("DE")
        .putAttributes("sip_calling_format", TextNode.valueOf("national")).build());

    assertThat(number.get("sip_trunk_type")).contains(TextNode.valueOf("number"));
    assertThat(number.get("inbound_authorization_type")).contains(TextNode.valueOf("auth"));
    assertThat(extension.get("sip_trunk_type")).contains(TextNode.valueOf("extension"));
  }

  @Test
  void theNumberFollowsAnExplicitTrunkType() {
    assertThatThrownBy(() -> FIELDS.createBody(portable().numbers(List.of("1000")).countryCode("DE")
        .putAttributes("sip_calling_format", TextNode.valueOf("e164"))
        .putAttributes("sip_trunk_type", TextNode.valueOf("number")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("numbers (phone_number)"));
  }

  @Test
  void anUpdate_sendsOnlyWhatItSets_andAnEmptyNameClearsTheNickname() throws Exception {
    assertThat(Json.mapper().writeValueAsString(FIELDS.updateBody(TrunkUpdate.builder().name("")
        .countryCode("DE").build()))).isEqualTo("{\"nickname\":null,\"country_code\":\"DE\"}");
    assertThat(Json.mapper().writeValueAsString(FIELDS.updateBody(TrunkUpdate.builder()
        .authMode(AuthMode.CREDENTIALS).allowedIps(List.of()).build())))
        .isEqualTo("{\"inbound_authorization_type\":\"auth\",\"allowed_inbound_ips\":[]}");
  }

  @Test
  void requirements_sayBeforeSendingWhatFamulorNeeds() {
    assertThat(FIELDS.requirements()).contains(
        FieldRequirement.builder().neutralField(NeutralField.NUMBERS).vendorField("phone_number")
            .onCreate(Requirement.REQUIRED).onUpdate(Requirement.ACCEPTED)
            .description(describe("phone_number")).build(),
        FieldRequirement.builder().vendorField("sip_trunk_type").onCreate(Requirement.ACCEPTED)
            .onUpdate(Requirement.REFUSED).description(describe("sip_trunk_type")).build(),
        FieldRequirement.builder().neutralField(NeutralField.PORT).onCreate(Requirement.REFUSED)
            .onUpdate(Requirement.REFUSED).build());
    assertThat(FIELDS.requirements()).filteredOn(r -> r.vendorField().isPresent())
        .allSatisfy(r -> assertThat(r.description()).isPresent());
    assertThat(FIELDS.requirements()).filteredOn(r -> r.onCreate() == Requirement.REQUIRED)
        .extracting(FieldRequirement::label).containsExactly("numbers (phone_number)", "username (sip_username)",
            "password (sip_password)", "host (sip_address)", "countryCode (country_code)",
            "attributes.sip_calling_format");
  }

  private static Optional<String> describe(String field) {
    return FIELDS.requirements().stream().filter(r -> r.vendorField().equals(Optional.of(field))).findFirst()
        .flatMap(FieldRequirement::description);
  }

  private static TrunkSpec.Builder portable() {
    return TrunkSpec.builder().name("portable-trunk").host("sip.portable.example").username("portable")
        .password(Secret.of("Portable-pw-9x")).addNumbers("+31201234567");
  }
}
