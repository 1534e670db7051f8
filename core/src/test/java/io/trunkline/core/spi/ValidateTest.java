package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.error.TrunkValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateTest {
  @ParameterizedTest
  @ValueSource(strings = {"+31201234567", "+12", "+999999999999999"})
  void validE164(String n) {
    assertThat(Validate.e164("number", n)).isEqualTo(n);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31201234567", "+0123", "+31 50/0", "+1234567890123456", "+", "0031201234567", "+31-20"})
  void invalidE164_namesTheField(String n) {
    assertThatThrownBy(() -> Validate.e164("callerId", n)).isInstanceOf(TrunkValidationException.class)
        .hasMessageStartingWith("callerId: must be an E.164 number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.0/24", "10.0.0.1/32", "0.0.0.0/0", "2001:db8::/32", "::1/128", "::ffff:1.2.3.4/128"})
  void validCidr(String c) {
    assertThat(Validate.cidr("ips", c)).isEqualTo(c);
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.0", "203.0.113.0/33", "256.1.1.1/24", "1.2.3/24", "01.2.3.4/24", "2001:db8::/129",
      "a/b", "1.2.3.4/", "/24", "1.2.3.4/24/1", "2001:::1/64"})
  void invalidCidr(String c) {
    assertThatThrownBy(() -> Validate.cidr("additional_ips", c)).isInstanceOf(TrunkValidationException.class)
        .hasMessageStartingWith("additional_ips:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4", "::", "::1", "fe80::1", "2001:db8:0:0:0:0:0:1", "::ffff:192.0.2.1"})
  void validAddresses(String a) {
    assertThatCode(() -> Validate.ipAddress("ip", a)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3", "1.2.3.4.5", "1:2:3:4:5:6:7:8:9", "gggg::1", "1.2.3.256", "example.com", ""})
  void invalidAddresses(String a) {
    assertThatThrownBy(() -> Validate.ipAddress("ip", a)).isInstanceOf(TrunkValidationException.class);
  }

  @Test
  void portsAndLengthsAndHosts() {
    assertThat(Validate.port("port", 0)).isZero();
    assertThat(Validate.port("port", 65535)).isEqualTo(65535);
    assertThatThrownBy(() -> Validate.port("port", 65536)).hasMessage("port: must be between 0 and 65535, was 65536");
    assertThatThrownBy(() -> Validate.port("port", -1)).isInstanceOf(TrunkValidationException.class);
    assertThatThrownBy(() -> Validate.length("name", "x".repeat(65), 1, 64))
        .hasMessage("name: must be 1 to 64 characters long, was 65");
    assertThat(Validate.host("host", "sip.example.com")).isEqualTo("sip.example.com");
    assertThatThrownBy(() -> Validate.host("host", "sip.example.com:5060")).hasMessageContaining("without a port");
    assertThatThrownBy(() -> Validate.requiredText("name", " ")).hasMessage("name: is required and must not be blank");
    assertThatThrownBy(() -> Validate.uuid("account-id", "nope")).hasMessageStartingWith("account-id: must be a UUID");
    assertThat(Validate.uuid("account-id", "123e4567-e89b-12d3-a456-426614174000")).isNotNull();
    assertThatThrownBy(() -> Validate.numericId("id", "12a")).hasMessage("id: must be a numeric id");
    assertThatThrownBy(() -> Validate.numericId("id", "9999999999999999999")).hasMessage("id: must be a numeric id");
    assertThat(Validate.numericId("id", String.valueOf(Long.MAX_VALUE))).isEqualTo("9223372036854775807");
  }
}
