package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.contract.WireMockVendor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The documented body rules, each refused by the typed client before sending with the vendor field named. */
class PropertiesV2ClientValidationTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PropertiesV2Account.wireMock();
  private final PropertiesV2Client client = wm.provider().unwrap(PropertiesV2Client.class);

  @Test
  void create_rules_nameTheVendorField_andSendNothing() {
    SipTrunkCreate ok = PropertiesV2ClientTest.validCreate();
    refused(ImmutableSipTrunkCreate.copyOf(ok).withName(" "), "Name");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withDefaultCallerId("+61 2 9123"), "DefaultCallerId");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withType(SipTrunkType.of(2)), "Type");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withIpAddresses(List.of()), "SipTrunkIpAddresses");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withIpAddresses(SipTrunkIpAddress.of("1.2.3.4/32"),
        SipTrunkIpAddress.of("10.0.0.1/32")), "SipTrunkIpAddresses[1].IpAddress");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withType(SipTrunkType.AUTHENTICATED), "SipTrunkCredentials");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withType(SipTrunkType.AUTHENTICATED)
        .withCredentials(SipTrunkCredentials.builder().password(Secret.of("Str0ng!Pass-word")).build()),
        "SipTrunkCredentials.Realm");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withType(SipTrunkType.AUTHENTICATED)
        .withCredentials(SipTrunkCredentials.builder().realm("r").build()), "SipTrunkCredentials.Password");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withType(SipTrunkType.AUTHENTICATED)
        .withCredentials(SipTrunkCredentials.of("r", Secret.of("weak"))), "SipTrunkCredentials.Password");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withAllowedCountries(SipTrunkAllowedCountry.of("au")),
        "SipTrunkAllowedCountries[0].CountryCode");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withChannelLimit(0), "ChannelLimit");
    refused(ImmutableSipTrunkCreate.copyOf(ok).withExtraFields(java.util.Map.of("Name", TextNode.valueOf("x"))),
        "Name");
    assertThat(wm.requests()).isEmpty();
  }

  @Test
  void update_rules_nameTheVendorField_andSendNothing() {
    refusedUpdate(SipTrunkUpdate.builder().build(), "SipTrunkUpdate");
    refusedUpdate(SipTrunkUpdate.builder().name("").build(), "Name");
    refusedUpdate(SipTrunkUpdate.builder().defaultCallerId("+611800123456").build(), "DefaultCallerId");
    refusedUpdate(SipTrunkUpdate.builder().type(SipTrunkType.IP_TO_IP).build(), "SipTrunkIpAddresses");
    refusedUpdate(SipTrunkUpdate.builder().type(SipTrunkType.AUTHENTICATED).build(), "SipTrunkCredentials");
    refusedUpdate(SipTrunkUpdate.builder().type(SipTrunkType.of(5)).build(), "Type");
    refusedUpdate(SipTrunkUpdate.builder().ipAddresses(List.of()).build(), "SipTrunkIpAddresses");
    refusedUpdate(SipTrunkUpdate.builder().ipAddresses(List.of(SipTrunkIpAddress.of("192.168.0.0/24"))).build(),
        "SipTrunkIpAddresses[0].IpAddress");
    refusedUpdate(SipTrunkUpdate.builder().credentials(SipTrunkCredentials.of("r", Secret.of("aaaBBB111!!!"))).build(),
        "SipTrunkCredentials.Password");
    refusedUpdate(SipTrunkUpdate.builder().allowedCountries(List.of(SipTrunkAllowedCountry.of("AUS"))).build(),
        "SipTrunkAllowedCountries[0].CountryCode");
    refusedUpdate(SipTrunkUpdate.builder().channelLimit(-1).build(), "ChannelLimit");
    refusedUpdate(SipTrunkUpdate.builder().putExtraFields("Type", TextNode.valueOf("1")).build(), "Type");
    refusedUpdate(SipTrunkUpdate.builder().putExtraFields("SipTrunkSid", TextNode.valueOf("ST2")).build(),
        "SipTrunkSid");
    refusedUpdate(SipTrunkUpdate.builder().putExtraFields("Modified", TextNode.valueOf("0")).build(), "Modified");
    assertThat(wm.requests()).isEmpty();
  }

  private void refused(SipTrunkCreate body, String field) {
    assertThatThrownBy(() -> client.createSipTrunk(body)).as(field)
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private void refusedUpdate(SipTrunkUpdate body, String field) {
    assertThatThrownBy(() -> client.updateSipTrunk("ST1", body)).as(field)
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
