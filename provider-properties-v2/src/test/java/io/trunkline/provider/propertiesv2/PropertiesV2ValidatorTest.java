package io.trunkline.provider.propertiesv2;

import io.trunkline.core.TrunkProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.contract.WireMockVendor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented body rules, each refused before sending with the vendor field named; no request is made. */
class PropertiesV2ValidatorTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PropertiesV2Account.wireMock();
  private final PropertiesV2Client client = wm.provider().unwrap(PropertiesV2Client.class);

  @ParameterizedTest
  @ValueSource(strings = {"Abcdef1!gh", "Str0ng!Pass-word", "aa11BB!!cc", "Ünïcödé-9Zx", "xY9#xY9#xY9#"})
  void password_meetingEveryRule_isAccepted(String password) {
    assertThat(PropertiesV2Validator.passwordRule(password)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Abcde1!gh",        // 9 characters
      "abcdef1!gh",       // no upper case
      "ABCDEF1!GH",       // no lower case
      "Abcdefg!hi",       // no digit
      "Abcdefg1hi",       // no special character
      "Abcdef 1gh",       // a space is not a special character
      "Abcdef1!ggg",      // three identical in a row
      "Abc111def!X"})     // three identical digits in a row
  void password_breakingARule_isRefused_withoutEchoingIt(String password) {
    assertThat(PropertiesV2Validator.passwordRule(password)).isNotNull().doesNotContain(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4/32", "52.62.10.0/24", "13.54.22.0/28", "8.8.8.8/32", "223.255.255.255/32"})
  void publicIpv4Blocks_slash24OrNarrower_areAccepted(String cidr) {
    assertThat(PropertiesV2Validator.publicIpv4CidrRule(cidr)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "1.2.3.4",            // not a block
      "1.2.3.0/23",         // wider than /24
      "1.2.3.0/8",
      "10.1.2.3/32",        // private
      "172.20.0.1/32",
      "192.168.1.0/24",
      "100.64.0.1/32",      // carrier-grade NAT
      "127.0.0.1/32",       // loopback
      "169.254.1.1/32",     // link-local
      "0.1.2.3/32",
      "192.0.2.10/32",      // documentation
      "198.51.100.7/32",
      "203.0.113.0/24",
      "198.18.0.1/32",      // benchmarking
      "224.0.0.1/32",       // multicast
      "255.255.255.255/32", // reserved
      "2001:db8::/48",      // IPv6
      "1.2.3.4/33",
      "01.2.3.4/32",
      "1.2.3.4/24/1",
      "host.example.com/32",
      ""})
  void otherBlocks_areRefused(String cidr) {
    assertThat(PropertiesV2Validator.publicIpv4CidrRule(cidr)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+61291234567", "+61412345678", "+61799999999", "+61881234567"})
  void australianGeographicAndMobileCallerIds_areAccepted(String number) {
    assertThat(PropertiesV2Validator.callerIdRule(number)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0291234567", "61291234567", "+61 2 9123 4567", "+31201234567", "+611800123456",
      "+61180012", "+61131234", "+611300123456", ""})
  void otherCallerIds_areRefused(String number) {
    assertThat(PropertiesV2Validator.callerIdRule(number)).isNotNull();
  }

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

  @Test
  void theDocumentedExample_isValid() {
    assertThatCode(() -> PropertiesV2Validator.validate(io.trunkline.core.spi.Json.mapper().readValue(
        io.trunkline.testing.Payloads.text("propertiesv2/create-request.json"), SipTrunkCreate.class)))
        .doesNotThrowAnyException();
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
