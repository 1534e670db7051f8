package io.trunkline.provider.famulor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FamulorErrorDecoderTest {
  private final FamulorErrorDecoder decoder = new FamulorErrorDecoder();

  private VendorError decode(int status, String json) throws Exception {
    return decoder.decode(status, Json.mapper().readTree(json));
  }

  @Test
  void laravelValidation_readsEveryFieldsMessages_arraysOrSingleStrings() throws Exception {
    VendorError e = decode(422, "{\"message\":\"The given data was invalid.\",\"errors\":{"
        + "\"sip_username\":[\"too short\",\"taken\"],\"country_code\":\"bad\",\"allowed_inbound_ips.0\":[\"ip\"],"
        + "\"odd\":{\"x\":1}}}");

    assertThat(e.code()).isEmpty();
    assertThat(e.message()).contains("The given data was invalid.");
    assertThat(e.fieldErrors()).containsExactly(
        Map.entry("sip_username", List.of("too short", "taken")),
        Map.entry("country_code", List.of("bad")),
        Map.entry("allowed_inbound_ips.0", List.of("ip")),
        Map.entry("odd", List.of()));
    assertThat(e.status()).isEmpty();
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void errorOnly_isBothCodeAndMessage() throws Exception {
    VendorError e = decode(404, "{\"error\":\"SIP trunk not found.\"}");

    assertThat(e.code()).contains("SIP trunk not found.");
    assertThat(e.message()).contains("SIP trunk not found.");
    assertThat(e.fieldErrors()).isEmpty();
  }

  @Test
  void errorAndMessage_areCodeAndMessage() throws Exception {
    VendorError e = decode(401, "{\"error\":\"Invalid API key\",\"message\":\"The provided API key is invalid\"}");

    assertThat(e.code()).contains("Invalid API key");
    assertThat(e.message()).contains("The provided API key is invalid");
    assertThat(e.status()).isEmpty();
  }

  @Test
  void rateLimitBody_readsRetryAfter_andReports429_underAny4xx() throws Exception {
    VendorError at429 = decode(429, "{\"error\":\"Rate limit exceeded\",\"retry_after\":60}");
    VendorError at403 = decode(403, "{\"error\":\"Rate limit exceeded\",\"message\":\"Too many\"}");
    VendorError at400 = decode(400, "{\"error\":\"Slow down\",\"retry_after\":\"12\"}");

    assertThat(at429.retryAfter()).contains(Duration.ofSeconds(60));
    assertThat(at429.status()).isEmpty();
    assertThat(at403.status()).contains(429);
    assertThat(at403.retryAfter()).isEmpty();
    assertThat(at400.status()).contains(429);
    assertThat(at400.retryAfter()).contains(Duration.ofSeconds(12));
  }

  @Test
  void serverErrorWithRetryAfter_keepsItsStatus_andTheWait() throws Exception {
    VendorError e = decode(503, "{\"error\":\"Maintenance\",\"retry_after\":30}");

    assertThat(e.status()).isEmpty();
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
  }

  @Test
  void garbageRetryAfter_isIgnored() throws Exception {
    assertThat(decode(429, "{\"retry_after\":-5}").retryAfter()).isEmpty();
    assertThat(decode(429, "{\"retry_after\":\"soon\"}").retryAfter()).isEmpty();
    assertThat(decode(429, "{\"retry_after\":1.5}").retryAfter()).isEmpty();
    assertThat(decode(429, "{\"retry_after\":99999999999}").retryAfter()).contains(Duration.ofDays(1));
  }

  @Test
  void bodiesOfOtherShapes_decodeToNothing() throws Exception {
    VendorError e = decode(500, "[1,2]");

    assertThat(e.code()).isEmpty();
    assertThat(e.message()).isEmpty();
    assertThat(e.fieldErrors()).isEmpty();
  }
}
