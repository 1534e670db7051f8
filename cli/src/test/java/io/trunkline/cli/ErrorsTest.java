package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.error.ApiFailure;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkNotFoundException;
import org.junit.jupiter.api.Test;

/** Issue 19 #9: messages about a vendor's answer never say the same thing twice. */
class ErrorsTest {
  private static ApiFailure.Builder failure() {
    return ApiFailure.builder().provider("famulor").method("GET").path("/api/user/phone-numbers/sip-trunks/99")
        .status(404);
  }

  @Test
  void aVendorMessageSentAsItsCodeToo_isShownOnce() {
    TrunkApiException e = TrunkApiException.of(
        failure().vendorCode("SIP trunk not found.").vendorMessage("SIP trunk not found.").build());
    assertThat(e.getMessage())
        .isEqualTo("[famulor] GET /api/user/phone-numbers/sip-trunks/99 failed with HTTP 404: SIP trunk not found.");
  }

  @Test
  void aCodeThatDiffersFromTheMessage_isKept() {
    TrunkApiException e = TrunkApiException.of(
        failure().vendorCode("NotFound").vendorMessage("The SIP trunk was not found.").build());
    assertThat(e.getMessage()).contains("HTTP 404 NotFound: The SIP trunk was not found.");
  }

  @Test
  void notFound_saysWhatInTrunklinesWords_withTheRequest_andTheVendorsWordsOnlyWhenTheyAddSomething() {
    TrunkNotFoundException same = (TrunkNotFoundException) TrunkApiException.of(
        failure().vendorCode("SIP trunk not found.").vendorMessage("SIP trunk not found.").requestId("r-1").build());
    assertThat(NotFound.of("trunk 99", same).getMessage())
        .isEqualTo("trunk 99 not found at famulor (GET /api/user/phone-numbers/sip-trunks/99: HTTP 404, request id r-1)");
    TrunkNotFoundException more = (TrunkNotFoundException) TrunkApiException.of(
        failure().vendorMessage("Number is not connected to a channel").build());
    assertThat(NotFound.of("number +31209999999", more).getMessage())
        .endsWith("HTTP 404): Number is not connected to a channel");
    TrunkNotFoundException which = (TrunkNotFoundException) TrunkApiException.of(
        failure().vendorMessage("Channel name does not exist").build());
    assertThat(NotFound.of("trunk t", which).getMessage()).endsWith("HTTP 404)");
    assertThat(NotFound.of("trunk t or number +31207001101", which).getMessage())
        .startsWith("trunk t or number +31207001101 not found at famulor (")
        .endsWith("HTTP 404): Channel name does not exist");
  }
}
