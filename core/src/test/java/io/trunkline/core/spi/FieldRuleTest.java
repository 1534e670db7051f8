package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class FieldRuleTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static String check(FieldRule rule, String text) {
    return rule.check(TextNode.valueOf(text));
  }

  @Test
  void host_passesNamesAndAddresses_andRefusesWithValidatesRule() {
    assertThat(check(FieldRule.host(), "sip.example.com")).isNull();
    assertThat(check(FieldRule.host(), "192.0.2.10")).isNull();
    assertThat(check(FieldRule.host(), "2001:db8::1")).isNull();
    assertThat(check(FieldRule.host(), "sip.example.com:5060"))
        .isEqualTo("must be a host name or IP address without a port");
    assertThat(check(FieldRule.host(), "bad host")).isEqualTo("must be a host name or IP address");
    assertThat(check(FieldRule.host(), " ")).isEqualTo("is required and must not be blank");
  }

  @Test
  void e164_passesANumberWithItsPlus_only() {
    assertThat(check(FieldRule.e164(), "+31201234567")).isNull();
    assertThat(check(FieldRule.e164(), "0201234567"))
        .isEqualTo("must be an E.164 number: '+' then 2 to 15 digits, no spaces");
  }

  @Test
  void ipsOrCidrs_checksEachItemOfAList_orTheValueItself() {
    assertThat(check(FieldRule.ipsOrCidrs(), "203.0.113.0/24")).isNull();
    assertThat(FieldRule.ipsOrCidrs().check(NODES.arrayNode().add("192.0.2.1").add("2001:db8::/32"))).isNull();
    assertThat(FieldRule.ipsOrCidrs().check(NODES.arrayNode().add("192.0.2.1").add("nope")))
        .isEqualTo("must be an IP address or a CIDR block such as 203.0.113.0/24");
    assertThat(check(FieldRule.ipsOrCidrs(), "nope"))
        .isEqualTo("must be an IP address or a CIDR block such as 203.0.113.0/24");
  }

  @Test
  void digits_passesALongsDigits_only() {
    assertThat(check(FieldRule.digits(), "9223372036854775807")).isNull();
    assertThat(check(FieldRule.digits(), "9223372036854775808")).isEqualTo("must be a numeric id");
    assertThat(check(FieldRule.digits(), "12a")).isEqualTo("must be a numeric id");
  }

  @Test
  void uuid_passesTheCanonicalForm_only() {
    assertThat(check(FieldRule.uuid(), "123e4567-e89b-12d3-a456-426614174000")).isNull();
    assertThat(check(FieldRule.uuid(), "123e4567e89b12d3a456426614174000"))
        .isEqualTo("must be a UUID such as 123e4567-e89b-12d3-a456-426614174000");
  }
}
