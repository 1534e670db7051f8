package io.trunkline.provider.flex;

import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a {@link FlexTrunkRequest} before it is sent, so that Wavix's refusals that can be foreseen fail here
 * with the field named and no request made.
 */
final class FlexValidator {
  /** A caller ID as Wavix writes it: the E.164 digits without {@code +}. */
  private static final Pattern CALLER_ID = Pattern.compile("[1-9][0-9]{1,14}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]*");

  private FlexValidator() {}

  static FlexTrunkRequest validate(FlexTrunkRequest r) {
    Validate.requiredText("label", r.label().orElse(null));
    if (r.password().isEmpty()) {
      throw new TrunkValidationException("password",
          "is required: Wavix needs the trunk's SIP password on create and on every update, and never returns it"
              + " (set FlexTrunkRequest.password(...))");
    }
    if (r.password().get().reveal().equals("****")) {
      throw new TrunkValidationException("password", "is the mask '****' that Trunkline prints instead of a"
          + " password (read back from a printed or serialized request?), not the trunk's password");
    }
    callerId(r);
    ips(r);
    r.hostRequest().ifPresent(h -> Validate.ipAddress("host_request.host",
        Validate.requiredText("host_request.host", h.host().orElse(null))));
    if (r.callRestrict() && r.callLimit().isEmpty()) {
      throw new TrunkValidationException("call_limit", "is required when call_restrict is true");
    }
    r.callLimit().ifPresent(v -> Validate.positive("call_limit", v));
    if (r.channelsRestrict() && r.maxChannels().isEmpty()) {
      throw new TrunkValidationException("max_channels", "is required when channels_restrict is true");
    }
    r.maxChannels().ifPresent(v -> Validate.positive("max_channels", v));
    if (r.costLimit() && r.maxCallCost().isEmpty()) {
      throw new TrunkValidationException("max_call_cost", "is required when cost_limit is true");
    }
    r.maxCallCost().ifPresent(cost -> {
      if (cost.signum() < 0) {
        throw new TrunkValidationException("max_call_cost", "must not be negative, was " + cost.toPlainString());
      }
    });
    Validate.range("transcription_threshold", r.transcriptionThreshold(), 0, Integer.MAX_VALUE);
    digits("rewrite_prefix", r.rewritePrefix().orElse(""));
    digits("rewrite_cond", r.rewriteCond().orElse(""));
    return r;
  }

  private static void callerId(FlexTrunkRequest r) {
    String callerId = r.callerid().orElse("");
    if (callerId.isEmpty()) {
      if (!r.multipleNumbers().orElse(false)) {
        throw new TrunkValidationException("callerid",
            "is required (an active or verified number of the account, as digits such as 13132847320)"
                + " unless multiple_numbers is true");
      }
      return;
    }
    if (!CALLER_ID.matcher(callerId).matches()) {
      throw new TrunkValidationException("callerid",
          "must be the number's digits as Wavix writes them: 2 to 15 digits, no '+', spaces or dashes"
              + " (such as 13132847320)");
    }
  }

  private static void ips(FlexTrunkRequest r) {
    List<FlexAllowedIp> ips = r.allowedIps();
    if (r.ipRestrict() && ips.isEmpty()) {
      throw new TrunkValidationException("allowed_ips", "is required when ip_restrict is true");
    }
    for (int i = 0; i < ips.size(); i++) {
      Validate.ipAddress("allowed_ips[" + i + "].ip", ips.get(i).ip());
    }
  }

  private static void digits(String field, String value) {
    if (!DIGITS.matcher(value).matches()) {
      throw new TrunkValidationException(field, "must contain only digits");
    }
  }
}
