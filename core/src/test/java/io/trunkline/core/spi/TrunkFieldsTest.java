package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declaration drives reading, writing, checking, change detection and requirements alike. */
class TrunkFieldsTest {
  static final TrunkFields FIELDS = TrunkFields.builder("demo").id("id", FieldRule.digits())
      .field(VendorField.text("label").neutral(NeutralField.NAME).requiredOnCreate().check(FieldRule.length(1, 8)))
      .field(VendorField.text("server").neutral(NeutralField.HOST).requiredOnCreate().check(FieldRule.host()))
      .field(VendorField.integer("server_port").neutral(NeutralField.PORT).check(FieldRule.port()))
      .field(VendorField.text("proto").neutral(NeutralField.TRANSPORT,
          Conversions.codes("udp", Transport.UDP, "tcp", Transport.TCP, "tls", Transport.TLS)))
      .field(VendorField.text("auth").neutral(NeutralField.AUTH_MODE,
          Conversions.codes("IP_AUTH", AuthMode.IP, "REGISTER", AuthMode.CREDENTIALS)))
      .field(VendorField.text("sip_password").neutral(NeutralField.PASSWORD))
      .field(VendorField.text("dids").neutral(NeutralField.NUMBERS, Conversions.joined(";")))
      .field(VendorField.integer("created").neutral(NeutralField.CREATED_AT))
      .field(VendorField.text("outbound_server").requiredOnCreate().describe("the carrier's proxy host"))
      .field(VendorField.bool("keep_alive").clearable())
      .field(VendorField.text("kind").createOnly())
      .field(VendorField.text("region").readOnly())
      .ignores(NeutralField.COUNTRY_CODE)
      .build();

  @Test
  void readsEveryShapeIntoTheSameTrunk() throws Exception {
    JsonNode item = Json.mapper().readTree("{\"id\":17,\"label\":\"Berlin\",\"server\":\"sip.example\","
        + "\"server_port\":5061,\"proto\":\"TLS\",\"auth\":\"CUSTOM\",\"sip_password\":\"pw\",\"dids\":\"100;200-299\","
        + "\"created\":1700000000,\"keep_alive\":true,\"region\":\"eu\",\"access_token\":\"t\",\"extra\":[1]}");

    SipTrunk trunk = FIELDS.read(item);

    assertThat(trunk).isEqualTo(SipTrunk.builder().provider("demo").id("17").name("Berlin").host("sip.example")
        .port(5061).transport(Transport.TLS).numbers(List.of("100", "200-299"))
        .createdAt(Instant.ofEpochSecond(1_700_000_000))
        .putAttributes("auth", TextNode.valueOf("CUSTOM"))
        .putAttributes("keep_alive", BooleanNode.TRUE).putAttributes("region", TextNode.valueOf("eu"))
        .putAttributes("extra", item.get("extra")).build());
  }

  @Test
  void refusesUnreadableTrunks() throws Exception {
    assertThatThrownBy(() -> FIELDS.read(Json.mapper().readTree("{\"label\":\"x\"}")))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("has no 'id'");
    assertThatThrownBy(() -> FIELDS.read(Json.mapper().readTree("{\"id\":1,\"server_port\":\"x\"}")))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'server_port' must be a whole number");
  }

  @Test
  void createBodyWritesVendorNamesAndKeepsTheSecretASecret() throws Exception {
    VendorBody body = FIELDS.createBody(TrunkSpec.builder().name("Berlin").host("sip.example").port(5060)
        .transport(Transport.UDP).password(Secret.of("s3cret-pw")).addNumbers("100", "101").countryCode("DE")
        .putAttributes("outbound_server", TextNode.valueOf("proxy.example")).build());

    assertThat(Json.mapper().writeValueAsString(body)).contains("\"sip_password\":\"****\"").doesNotContain("s3cret-pw");
    assertThat(Json.wire().writeValueAsString(body)).isEqualTo("{\"label\":\"Berlin\",\"server\":\"sip.example\","
        + "\"server_port\":5060,\"proto\":\"udp\",\"sip_password\":\"s3cret-pw\",\"dids\":\"100;101\","
        + "\"outbound_server\":\"proxy.example\"}");
    assertThat(body.toString()).doesNotContain("s3cret-pw").contains("****");
    assertThat(ApiRequest.post("/x").body(body).build().sensitiveValues()).containsExactly("s3cret-pw");
  }

  @Test
  void aCreateLackingFieldsNamesEveryMissingOneAtOnce() {
    assertThatThrownBy(() -> FIELDS.createBody(TrunkSpec.builder().port(5060).build()))
        .isInstanceOf(TrunkValidationException.class)
        .hasMessage("name (label), host (server), attributes.outbound_server: are required by demo to create a trunk"
            + " (attributes.outbound_server: the carrier's proxy host)");
  }

  @Test
  void refusalsNameTheNeutralAndTheVendorField() {
    assertThatThrownBy(() -> FIELDS.createBody(spec().port(70000).build()))
        .hasMessage("port (server_port): must be a whole number from 0 to 65535");
    assertThatThrownBy(() -> FIELDS.createBody(spec().callerId("+4930").build()))
        .hasMessageStartingWith("callerId: demo has no such field; leave it empty (its own fields go in attributes:");
    assertThatThrownBy(() -> FIELDS.createBody(spec().putAttributes("server", TextNode.valueOf("h")).build()))
        .hasMessage("attributes.server: is the neutral field 'host'; set that instead");
    assertThatThrownBy(() -> FIELDS.createBody(spec().putAttributes("region", TextNode.valueOf("eu")).build()))
        .hasMessage("attributes.region: is set by demo and cannot be sent");
    assertThatThrownBy(() -> FIELDS.createBody(spec().putAttributes("keep_alive", IntNode.valueOf(1)).build()))
        .hasMessage("attributes.keep_alive: must be true or false");
    assertThatThrownBy(() -> FIELDS.createBody(spec().putAttributes("nope", IntNode.valueOf(1)).build()))
        .hasMessage("attributes.nope: is not a demo field that can be sent; accepted: outbound_server, keep_alive,"
            + " kind");
    assertThatThrownBy(() -> FIELDS.createBody(spec().authMode(AuthMode.OTHER).build()))
        .hasMessage("authMode (auth): has no vendor value for OTHER; accepted: [IP, CREDENTIALS]");
    assertThat(FIELDS.createBody(spec().countryCode("DE").build()).names())
        .containsExactly("label", "server", "outbound_server");
  }

  @Test
  void updateSendsOnlyWhatIsSetAndRefusesCreateOnlyFields() throws Exception {
    VendorBody body = FIELDS.updateBody(TrunkUpdate.builder().port(5080)
        .putAttributes("keep_alive", NullNode.getInstance()).build());
    assertThat(Json.mapper().writeValueAsString(body)).isEqualTo("{\"server_port\":5080,\"keep_alive\":null}");
    assertThatThrownBy(() -> FIELDS.updateBody(TrunkUpdate.builder()
        .putAttributes("kind", TextNode.valueOf("x")).build()))
        .hasMessage("attributes.kind: cannot be changed after the trunk is created");
    assertThatThrownBy(() -> FIELDS.updateBody(TrunkUpdate.builder()
        .putAttributes("outbound_server", NullNode.getInstance()).build()))
        .hasMessage("attributes.outbound_server: cannot be cleared at demo");
  }

  @Test
  void replaceSendsTheWholeTrunkWithTheChange() throws Exception {
    SipTrunk current = FIELDS.read(Json.mapper().readTree("{\"id\":1,\"label\":\"a\",\"server\":\"h.example\","
        + "\"outbound_server\":\"p.example\",\"region\":\"eu\"}"));
    VendorBody body = FIELDS.replaceBody(current, TrunkUpdate.builder().name("b").build());
    assertThat(Json.mapper().writeValueAsString(body))
        .isEqualTo("{\"label\":\"b\",\"server\":\"h.example\",\"outbound_server\":\"p.example\"}");
  }

  @Test
  void changesAreTheFieldsThatDiffer() throws Exception {
    SipTrunk current = FIELDS.read(Json.mapper().readTree("{\"id\":1,\"label\":\"a\",\"server\":\"h.example\","
        + "\"keep_alive\":true}"));
    assertThat(FIELDS.changes(current, TrunkUpdate.builder().name("a").host("other.example")
        .password(Secret.of("pw-1")).putAttributes("keep_alive", BooleanNode.TRUE).build()))
        .containsExactly("host (server)", "password (sip_password)");
  }

  @Test
  void requirementsTellBeforeSending() {
    assertThat(FIELDS.requirements()).contains(
        FieldRequirement.builder().neutralField(NeutralField.HOST).vendorField("server")
            .onCreate(Requirement.REQUIRED).onUpdate(Requirement.ACCEPTED).build(),
        FieldRequirement.builder().neutralField(NeutralField.PASSWORD).vendorField("sip_password")
            .onCreate(Requirement.ACCEPTED).onUpdate(Requirement.ACCEPTED).writeOnly(true).secret(true).build(),
        FieldRequirement.builder().neutralField(NeutralField.COUNTRY_CODE)
            .onCreate(Requirement.IGNORED).onUpdate(Requirement.IGNORED).build(),
        FieldRequirement.builder().neutralField(NeutralField.CALLER_ID)
            .onCreate(Requirement.REFUSED).onUpdate(Requirement.REFUSED).build(),
        FieldRequirement.builder().vendorField("kind").onCreate(Requirement.ACCEPTED).onUpdate(Requirement.REFUSED)
            .build(),
        FieldRequirement.builder().vendorField("region").onCreate(Requirement.REFUSED).onUpdate(Requirement.REFUSED)
            .readOnly(true).build(),
        FieldRequirement.builder().vendorField("outbound_server").onCreate(Requirement.REQUIRED)
            .onUpdate(Requirement.ACCEPTED).description("the carrier's proxy host").build());
    assertThat(FIELDS.requirements().stream().map(FieldRequirement::label))
        .contains("host (server)", "attributes.outbound_server", "callerId");
  }

  @Test
  void idsAreCheckedByTheVendorRule() {
    assertThat(FIELDS.checkId("42")).isEqualTo("42");
    assertThatThrownBy(() -> FIELDS.checkId("4/2")).hasMessage("id: must be a numeric id");
    assertThatThrownBy(() -> FIELDS.checkId("..")).hasMessage("id: must not be '.' or '..'");
  }

  @Test
  void secretLookingNamesAreOneRule() {
    assertThat(List.of("sip_password", "Password", "access_token", "api-key", "clientSecret", "refresh_token"))
        .allMatch(SecretNames::looksSecret);
    assertThat(List.of("username", "auth_id", "keep_alive", "passage", "host")).noneMatch(SecretNames::looksSecret);
  }

  private static io.trunkline.core.model.TrunkSpec.Builder spec() {
    return TrunkSpec.builder().name("n").host("h.example").putAttributes("outbound_server", TextNode.valueOf("p"));
  }
}
