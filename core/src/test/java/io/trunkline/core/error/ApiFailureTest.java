package io.trunkline.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A failure's message says each thing once. */
class ApiFailureTest {
  private static ApiFailure.Builder notFound() {
    return ApiFailure.builder().provider("famulor").method("GET").path("/api/x/9").status(404);
  }

  @Test
  void aVendorCodeEqualToItsMessage_isSaidOnce() {
    String message = TrunkApiException.of(notFound().vendorCode("SIP trunk not found.")
        .vendorMessage("SIP trunk not found.").build()).getMessage();
    assertThat(message).isEqualTo("[famulor] GET /api/x/9 failed with HTTP 404: SIP trunk not found.");
  }

  @Test
  void aVendorCodeOtherThanItsMessage_isKept() {
    String message = TrunkApiException.of(notFound().vendorCode("NOT_FOUND").vendorMessage("no such trunk").build())
        .getMessage();
    assertThat(message).isEqualTo("[famulor] GET /api/x/9 failed with HTTP 404 NOT_FOUND: no such trunk");
  }
}
