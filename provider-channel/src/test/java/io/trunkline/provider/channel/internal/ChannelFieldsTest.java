package io.trunkline.provider.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.Secret;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.provider.channel.ChannelSipTrunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declaration: the requirements it publishes, the update bodies it builds, the one reading of a channel. */
class ChannelFieldsTest {
  private static final List<FieldRequirement> REQUIREMENTS =
      Trunkline.discover().metadata("channel").orElseThrow().trunkFields();

  @Test
  void requirements_sayWhatEditChannelTakes_beforeAnythingIsSent() {
    assertThat(REQUIREMENTS).contains(
        FieldRequirement.builder().neutralField(NeutralField.NAME).vendorField("new_name")
            .onCreate(Requirement.REFUSED).onUpdate(Requirement.ACCEPTED)
            .description(ChannelFields.FIELDS.requirements().stream()
                .filter(r -> r.vendorField().equals(java.util.Optional.of("new_name"))).findFirst().orElseThrow()
                .description()).build(),
        FieldRequirement.builder().neutralField(NeutralField.HOST).onCreate(Requirement.REFUSED)
            .onUpdate(Requirement.REFUSED).build(),
        FieldRequirement.builder().neutralField(NeutralField.NUMBERS).onCreate(Requirement.REFUSED)
            .onUpdate(Requirement.REFUSED).build());
    assertThat(REQUIREMENTS).as("channel cannot create").allSatisfy(r -> assertThat(r.onCreate())
        .isEqualTo(Requirement.REFUSED));
    FieldRequirement password = requirement("password");
    assertThat(password.secret()).isTrue();
    assertThat(password.writeOnly()).isTrue();
    assertThat(requirement("sip_trunk.ip_whitelist").neutralField()).contains(NeutralField.ALLOWED_IPS);
    assertThat(requirement("caller_id").neutralField()).contains(NeutralField.CALLER_ID);
    assertThat(REQUIREMENTS).filteredOn(r -> r.vendorField().isPresent()).extracting(FieldRequirement::label)
        .containsExactly("name (new_name)", "password (password)", "callerId (caller_id)",
            "allowedIps (sip_trunk.ip_whitelist)", "attributes.block_caller_id", "attributes.area_code",
            "attributes.call_barrings", "attributes.full_e164", "attributes.sip_trunk", "attributes.audio_stream",
            "attributes.clip", "attributes.did", "attributes.failover", "attributes.microsoft_teams_configuration");
    assertThat(REQUIREMENTS).filteredOn(r -> r.vendorField().isPresent())
        .allSatisfy(r -> assertThat(r.description()).as(r.label()).hasValueSatisfying(d -> assertThat(d).hasSizeGreaterThan(15)));
    assertThat(requirement("area_code").description()).hasValueSatisfying(d -> assertThat(d).contains("1 to 10 digits"));
    assertThat(requirement("sip_trunk").description()).hasValueSatisfying(d -> assertThat(d).contains("ping 1, 2 or 3"));
  }

  @Test
  void updateBody_namesTheVendorFields_andKeepsThePasswordASecret() throws Exception {
    VendorBody body = ChannelFields.FIELDS.updateBody(TrunkUpdate.builder().name("acme-2")
        .password(Secret.of("pw-Secret-77")).callerId("+31207001100").allowedIps(List.of("198.51.100.7"))
        .putAttributes("area_code", NullNode.getInstance()).build());

    assertThat(body.names()).containsExactly("new_name", "password", "sip_trunk.ip_whitelist", "caller_id",
        "area_code");
    assertThat(body.toString()).doesNotContain("pw-Secret-77");
    ChannelEdit edit = ChannelFields.edit(body);
    assertThat(edit.sipTrunk().flatMap(ChannelSipTrunk::ipWhitelist)).contains("198.51.100.7");
    assertThat(edit.password().map(Secret::reveal)).contains("pw-Secret-77");
    assertThat(edit.extraFields()).containsEntry("area_code", NullNode.getInstance());
  }

  @Test
  void updateBody_checksTheSectionsAgainstTheTypedModel() {
    assertThatThrownBy(() -> ChannelFields.FIELDS.updateBody(TrunkUpdate.builder()
        .putAttributes("clip", Json.object().put("colour", "red")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("attributes.clip.colour"));
    assertThatThrownBy(() -> ChannelFields.FIELDS.updateBody(TrunkUpdate.builder()
        .putAttributes("audio_stream", Json.object().put("rtp_timeout", "30s")).build()))
        .hasMessageStartingWith("attributes.audio_stream.rtp_timeout: must be a whole number of seconds");
    assertThatThrownBy(() -> ChannelFields.FIELDS.updateBody(TrunkUpdate.builder()
        .putAttributes("full_e164", TextNode.valueOf("")).build()))
        .hasMessageContaining("full_e164").hasMessageContaining("must be true or false, or a string that is not blank");
  }

  /** A channel in the vendor's shape reads the same wherever it comes from: one mapping, the declaration's. */
  @Test
  void aChannel_readsIntoTheSameTrunk_asTheUpdateReturnsIt() throws Exception {
    SipTrunk read = ChannelFields.FIELDS.read(Json.mapper().readTree("{\"channel_name\":\"acme\","
        + "\"new_name\":\"acme\",\"caller_id\":\"+31207001100\",\"sip_trunk.ip_whitelist\":\"198.51.100.7;10.0.0.0/8\","
        + "\"block_caller_id\":true,\"password\":\"never-kept\",\"status\":\"queued\"}"));

    assertThat(read).isEqualTo(SipTrunk.builder().provider("channel").id("acme").name("acme")
        .callerId("+31207001100").allowedIps(List.of("198.51.100.7", "10.0.0.0/8"))
        .putAttributes("block_caller_id", BooleanNode.TRUE).putAttributes("status", TextNode.valueOf("queued"))
        .build());
  }

  private static FieldRequirement requirement(String vendorField) {
    return REQUIREMENTS.stream().filter(r -> r.vendorField().equals(java.util.Optional.of(vendorField))).findFirst()
        .orElseThrow();
  }
}
