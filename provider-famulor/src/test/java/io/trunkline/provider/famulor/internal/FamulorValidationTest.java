package io.trunkline.provider.famulor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.provider.famulor.FamulorSipTrunkCreate;
import io.trunkline.provider.famulor.FamulorSipTrunkUpdate;
import io.trunkline.provider.famulor.ImmutableFamulorSipTrunkCreate;
import io.trunkline.provider.famulor.ImmutableFamulorSipTrunkUpdate;
import io.trunkline.provider.famulor.InboundAuthorizationType;
import io.trunkline.provider.famulor.SipCallingFormat;
import io.trunkline.provider.famulor.SipTrunkType;
import io.trunkline.contract.WireMockVendor;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of Famulor's create and update pages: refused before sending, naming the field. */
@Timeout(20)
class FamulorValidationTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> FX = FamulorAccount.wireMock();

  @AfterEach
  void nothingWasSent() {
    assertThat(FX.server().getAllServeEvents()).isEmpty();
  }

  static ImmutableFamulorSipTrunkCreate.Builder number() {
    return FamulorSipTrunkCreate.builder()
        .sipTrunkType(SipTrunkType.NUMBER)
        .phoneNumber("+4930901820")
        .sipUsername("trunk_user")
        .sipPassword(Secret.of("pw-123"))
        .sipAddress("sip.provider.com")
        .sipCallingFormat(SipCallingFormat.PLUS_E164)
        .inboundAuthorizationType(InboundAuthorizationType.IP)
        .addAllowedInboundIps("203.0.113.10")
        .countryCode("DE");
  }

  static Stream<Arguments> invalidCreates() {
    String x51 = "x".repeat(51);
    return Stream.of(
        arguments("unknown trunk type", op(b -> b.sipTrunkType(SipTrunkType.of("did"))), "sip_trunk_type"),
        arguments("number not E.164", op(b -> b.phoneNumber("030901820")), "phone_number"),
        arguments("number with spaces", op(b -> b.phoneNumber("+49 30 901820")), "phone_number"),
        arguments("number too long", op(b -> b.phoneNumber("+4930901820123456")), "phone_number"),
        arguments("extension of 16", op(b -> b.sipTrunkType(SipTrunkType.EXTENSION)
            .phoneNumber("1234567890123456")), "phone_number"),
        arguments("empty extension", op(b -> b.sipTrunkType(SipTrunkType.EXTENSION).phoneNumber("")), "phone_number"),
        arguments("extension with a space", op(b -> b.sipTrunkType(SipTrunkType.EXTENSION).phoneNumber("10 00")),
            "phone_number"),
        arguments("nickname of 51", op(b -> b.nickname(x51)), "nickname"),
        arguments("username of 2", op(b -> b.sipUsername("ab")), "sip_username"),
        arguments("username of 129", op(b -> b.sipUsername("u".repeat(129))), "sip_username"),
        arguments("password of 2", op(b -> b.sipPassword(Secret.of("pw"))), "sip_password"),
        arguments("host with a port", op(b -> b.sipAddress("sip.provider.com:5060")), "sip_address"),
        arguments("host with a scheme", op(b -> b.sipAddress("sip:sip.provider.com")), "sip_address"),
        arguments("host blank", op(b -> b.sipAddress(" ")), "sip_address"),
        arguments("host with a path", op(b -> b.sipAddress("sip.provider.com/x")), "sip_address"),
        arguments("unknown calling format", op(b -> b.sipCallingFormat(SipCallingFormat.of("E164"))),
            "sip_calling_format"),
        arguments("unknown auth type", op(b -> b.inboundAuthorizationType(InboundAuthorizationType.of("none"))),
            "inbound_authorization_type"),
        arguments("ip without ips", op(b -> b.allowedInboundIps(List.of())), "allowed_inbound_ips"),
        arguments("ip with a bad ip", op(b -> b.allowedInboundIps(List.of("203.0.113.10", "300.1.1.1"))),
            "allowed_inbound_ips[1]"),
        arguments("ip with a CIDR", op(b -> b.allowedInboundIps(List.of("203.0.113.0/24"))),
            "allowed_inbound_ips[0]"),
        arguments("auth with ips", op(b -> b.inboundAuthorizationType(InboundAuthorizationType.AUTH)),
            "allowed_inbound_ips"),
        arguments("country lower case", op(b -> b.countryCode("de")), "country_code"),
        arguments("country alpha-3", op(b -> b.countryCode("DEU")), "country_code"),
        arguments("known field as additional", op(b -> b.putAdditionalFields("nickname", TextNode.valueOf("x"))),
            "nickname"),
        arguments("read-only field", op(b -> b.putAdditionalFields("inbound_trunk_id", TextNode.valueOf("x"))),
            "inbound_trunk_id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCreates")
  void create_refusesInvalidInput_beforeSending(String why, UnaryOperator<ImmutableFamulorSipTrunkCreate.Builder> op,
      String field) {
    FamulorSipTrunkCreate create = op.apply(number()).build();

    assertThatThrownBy(() -> FX.provider().unwrap(FamulorClient.class).create(create))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  static Stream<Arguments> invalidUpdates() {
    return Stream.of(
        arguments("nothing set", FamulorSipTrunkUpdate.builder(), "update"),
        arguments("phone of 16 chars", FamulorSipTrunkUpdate.builder().phoneNumber("1234567890123456"),
            "phone_number"),
        arguments("phone with + not E.164", FamulorSipTrunkUpdate.builder().phoneNumber("+0301"), "phone_number"),
        arguments("nickname of 51", FamulorSipTrunkUpdate.builder().nickname("n".repeat(51)), "nickname"),
        arguments("username of 2", FamulorSipTrunkUpdate.builder().sipUsername("ab"), "sip_username"),
        arguments("password of 2", FamulorSipTrunkUpdate.builder().sipPassword(Secret.of("ab")), "sip_password"),
        arguments("host with port", FamulorSipTrunkUpdate.builder().sipAddress("10.0.0.1:5060"), "sip_address"),
        arguments("unknown format", FamulorSipTrunkUpdate.builder().sipCallingFormat(SipCallingFormat.of("x")),
            "sip_calling_format"),
        arguments("to ip without ips", FamulorSipTrunkUpdate.builder()
            .inboundAuthorizationType(InboundAuthorizationType.IP), "allowed_inbound_ips"),
        arguments("to ip with empty ips", FamulorSipTrunkUpdate.builder()
            .inboundAuthorizationType(InboundAuthorizationType.IP).allowedInboundIps(List.of()),
            "allowed_inbound_ips"),
        arguments("to auth with ips", FamulorSipTrunkUpdate.builder()
            .inboundAuthorizationType(InboundAuthorizationType.AUTH).allowedInboundIps(List.of("203.0.113.1")),
            "allowed_inbound_ips"),
        arguments("empty ips alone", FamulorSipTrunkUpdate.builder().allowedInboundIps(List.of()),
            "allowed_inbound_ips"),
        arguments("bad ip alone", FamulorSipTrunkUpdate.builder().allowedInboundIps(List.of("host.example")),
            "allowed_inbound_ips[0]"),
        arguments("country", FamulorSipTrunkUpdate.builder().countryCode("Germany"), "country_code"),
        arguments("sip_trunk_type", FamulorSipTrunkUpdate.builder()
            .putAdditionalFields("sip_trunk_type", TextNode.valueOf("number")), "sip_trunk_type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUpdates")
  void update_refusesInvalidInput_beforeSending(String why, ImmutableFamulorSipTrunkUpdate.Builder builder,
      String field) {
    FamulorSipTrunkUpdate update = builder.build();

    assertThatThrownBy(() -> FX.provider().unwrap(FamulorClient.class).update(42, update))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void update_nicknameAndClear_together_areRefusedByTheBuilder() {
    assertThatThrownBy(() -> FamulorSipTrunkUpdate.builder().nickname("a").clearNickname(true).build())
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("nickname"));
  }

  /** The kit's rule for every provider: the vendor's id field is never sent from attributes. */
  @Test
  void theIdFieldInAttributes_isRefusedAsTheVendors_onCreateAndUpdate() {
    assertThatThrownBy(() -> FX.provider().create(TrunkSpec.builder().name("n").putAttributes("id", IntNode.valueOf(7))
        .build())).hasMessage("attributes.id: is the trunk's id and cannot be sent");
    assertThatThrownBy(() -> FX.provider().update("42", TrunkUpdate.builder().putAttributes("id", IntNode.valueOf(7))
        .build())).hasMessage("attributes.id: is the trunk's id and cannot be sent");
  }

  @Test
  void validationMessages_neverEchoThePassword() {
    assertThatThrownBy(() -> FX.provider().unwrap(FamulorClient.class).create(number().sipPassword(Secret.of("zq")).build()))
        .hasMessageNotContaining("zq");
  }

  @Test
  void theEdgesOfEachRule_areAccepted() {
    FamulorSipTrunkCreate edge = number()
        .phoneNumber("+123456789012345")
        .nickname("n".repeat(50))
        .sipUsername("abc")
        .sipPassword(Secret.of("pwd"))
        .sipAddress("2001:db8::1")
        .allowedInboundIps(List.of("2001:db8::10", "198.51.100.20"))
        .build();
    FamulorSipTrunkCreate ext = number().sipTrunkType(SipTrunkType.EXTENSION).phoneNumber("123456789012345")
        .inboundAuthorizationType(InboundAuthorizationType.AUTH).allowedInboundIps(List.of())
        .sipUsername("u".repeat(128)).sipAddress("10.0.0.1").build();

    FamulorValidator.create(edge);
    FamulorValidator.create(ext);
    FamulorValidator.update(FamulorSipTrunkUpdate.builder().phoneNumber("+4930901820").build());
    FamulorValidator.update(FamulorSipTrunkUpdate.builder().inboundAuthorizationType(InboundAuthorizationType.AUTH)
        .allowedInboundIps(List.of()).build());
  }

  private static UnaryOperator<ImmutableFamulorSipTrunkCreate.Builder> op(
      UnaryOperator<ImmutableFamulorSipTrunkCreate.Builder> op) {
    return op;
  }
}
