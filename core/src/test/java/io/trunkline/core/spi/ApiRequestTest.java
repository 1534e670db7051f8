package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestTest {
  @Test
  void fixedPathsAndCallerSegments_keepTheirOrder_andTheRouteNamesEachCallerValueByItsField() {
    ApiRequest first = ApiRequest.get("/v1/accounts").segment("accountId", "a/1").path("caller-ids")
        .query("offset", 100).query("limit", null).build();
    ApiRequest again = ApiRequest.get("/v1/accounts").segment("accountId", "b").path("/caller-ids/").build();

    assertThat(first.segments()).containsExactly("v1", "accounts", "a/1", "caller-ids");
    assertThat(first.route()).isEqualTo("GET /v1/accounts/{accountId}/caller-ids");
    assertThat(first.query()).containsExactly(Map.entry("offset", "100"));
    assertThat(again.segments()).containsExactly("v1", "accounts", "b", "caller-ids");
    assertThat(again.route()).isEqualTo("GET /v1/accounts/{accountId}/caller-ids");
    assertThat(ApiRequest.post("/").build().route()).isEqualTo("POST /");
    assertThat(ApiRequest.delete("x//y").build().route()).isEqualTo("DELETE /x/y");
  }

  @Test
  void aRequestWithoutHeadersOrSecrets_hasEmptyOnes_andOneWithThemKeepsThem() {
    ApiRequest plain = ApiRequest.get("/t").build();
    ApiRequest rich = ApiRequest.put("/t").header("Accept", "*/*").sensitive(Secret.of("pw-123")).build();

    assertThat(plain.headers()).isEmpty();
    assertThat(plain.sensitiveValues()).isEmpty();
    assertThat(plain.segments()).containsExactly("t");
    assertThat(rich.headers()).containsExactly(Map.entry("Accept", "*/*"));
    assertThat(rich.sensitiveValues()).containsExactly("pw-123");
    assertThat(rich.idempotent()).isTrue();
    assertThatThrownBy(() -> rich.headers().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCallerSegment_isCheckedEveryTime_evenAfterTheSameFixedPath() {
    assertThatThrownBy(() -> ApiRequest.get("/t").segment("id", "..").build())
        .isInstanceOf(TrunkValidationException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> ApiRequest.get("/t").segment("id", " ").build())
        .isInstanceOf(TrunkValidationException.class).hasMessageContaining("must not be empty");
  }
}
