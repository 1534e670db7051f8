package io.trunkline.provider.propertiesv2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.trunkline.core.spi.Json;
import io.trunkline.provider.propertiesv2.SipTrunkCreate;
import io.trunkline.testing.Payloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented value rules, one by one; the typed client's refusals are {@code PropertiesV2ClientValidationTest}. */
class PropertiesV2ValidatorTest {
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
  void theDocumentedExample_isValid() {
    assertThatCode(() -> PropertiesV2Validator.validate(Json.mapper().readValue(
        Payloads.text("propertiesv2/create-request.json"), SipTrunkCreate.class)))
        .doesNotThrowAnyException();
  }
}
