package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.contract.WireMockVendor;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The typed client refuses what Wavix would refuse, naming the field, before sending anything. */
@Timeout(20)
class FlexValidationTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FlexAccount.wireMock();

  private static FlexTrunkRequest valid() {
    return FlexTrunkRequest.builder().label("My trunk").password(Secret.of("4r=h;EaCB85QNtr2"))
        .callerid("13132847320").build();
  }

  private static Arguments refused(String field, UnaryOperator<ImmutableFlexTrunkRequest.Builder> change) {
    return Arguments.of(field, change.apply(FlexTrunkRequest.builder().from(valid())).build());
  }

  static Stream<Arguments> refusedRequests() {
    return Stream.of(
        refused("label", b -> b.label(Optional.empty())),
        refused("label", b -> b.label("  ")),
        refused("password", b -> b.password(Optional.empty())),
        refused("password", b -> b.password(Secret.of("****"))),
        refused("callerid", b -> b.callerid(Optional.empty())),
        refused("callerid", b -> b.callerid("")),
        refused("callerid", b -> b.callerid("+13132847320")),
        refused("callerid", b -> b.callerid("1313-284-7320")),
        refused("callerid", b -> b.callerid("0313284732")),
        refused("callerid", b -> b.callerid("1234567890123456")),
        refused("allowed_ips", b -> b.ipRestrict(true)),
        refused("allowed_ips[1].ip", b -> b.addAllowedIps(FlexAllowedIp.of("203.0.113.10"), FlexAllowedIp.of("300.1.1.1"))),
        refused("host_request.host", b -> b.hostRequest(FlexHostRequest.builder().status("pending").build())),
        refused("host_request.host", b -> b.hostRequest(FlexHostRequest.of("sbc.example.com"))),
        refused("call_limit", b -> b.callRestrict(true)),
        refused("call_limit", b -> b.callLimit(0)),
        refused("max_channels", b -> b.channelsRestrict(true)),
        refused("max_channels", b -> b.maxChannels(-2)),
        refused("max_call_cost", b -> b.costLimit(true)),
        refused("max_call_cost", b -> b.maxCallCost(new BigDecimal("-0.01"))),
        refused("transcription_threshold", b -> b.transcriptionThreshold(-1)),
        refused("rewrite_prefix", b -> b.rewritePrefix("+1")),
        refused("rewrite_cond", b -> b.rewriteCond("one")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedRequests")
  void createAndUpdate_refuseBeforeSending(String field, FlexTrunkRequest request) {
    FlexClient client = fx.provider().unwrap(FlexClient.class);

    assertThatThrownBy(() -> client.create(request))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThatThrownBy(() -> client.update(293, request))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(fx.requests()).isEmpty();
  }

  @Test
  void ids_andPaging_areChecked() {
    FlexClient client = fx.provider().unwrap(FlexClient.class);

    assertThatThrownBy(() -> client.get(0)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> client.delete(-7)).isInstanceOf(TrunkValidationException.class);
    assertThatThrownBy(() -> client.update(0, valid())).isInstanceOf(TrunkValidationException.class);
    assertThatThrownBy(() -> client.list(0)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo("per_page"));
    assertThatThrownBy(() -> client.listPage(0, 25)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo("page"));
    assertThat(fx.requests()).isEmpty();
  }
}
