package io.trunkline.provider.flex.internal;

import static io.trunkline.provider.flex.internal.FlexFields.ALLOWED_IPS;
import static io.trunkline.provider.flex.internal.FlexFields.CALLER_ID;
import static io.trunkline.provider.flex.internal.FlexFields.CALL_LIMIT;
import static io.trunkline.provider.flex.internal.FlexFields.CALL_RESTRICT;
import static io.trunkline.provider.flex.internal.FlexFields.CHANNELS_RESTRICT;
import static io.trunkline.provider.flex.internal.FlexFields.COST_LIMIT;
import static io.trunkline.provider.flex.internal.FlexFields.HOST_REQUEST;
import static io.trunkline.provider.flex.internal.FlexFields.IP_RESTRICT;
import static io.trunkline.provider.flex.internal.FlexFields.MAX_CALL_COST;
import static io.trunkline.provider.flex.internal.FlexFields.MAX_CHANNELS;
import static io.trunkline.provider.flex.internal.FlexFields.MULTIPLE_NUMBERS;

import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import io.trunkline.provider.flex.FlexAllowedIp;
import io.trunkline.provider.flex.FlexTrunkRequest;
import java.util.List;

/**
 * Checks a {@link FlexTrunkRequest} of the typed client before it is sent, so that Wavix's refusals that can be
 * foreseen fail here with Wavix's field named and no request made. (The neutral API is checked by the declaration,
 * {@link FlexFields#FIELDS}.)
 */
final class FlexValidator {
  private FlexValidator() {}

  static FlexTrunkRequest validate(FlexTrunkRequest r) {
    Validate.requiredText(FlexFields.LABEL, r.label().orElse(null));
    if (r.password().isEmpty()) {
      throw new TrunkValidationException(FlexFields.PASSWORD,
          "is required: Wavix needs the trunk's SIP password on create and on every update, and never returns it"
              + " (set FlexTrunkRequest.password(...))");
    }
    if (r.password().get().reveal().equals("****")) {
      throw new TrunkValidationException(FlexFields.PASSWORD, "is the mask '****' that Trunkline prints instead of"
          + " a password (read back from a printed or serialized request?), not the trunk's password");
    }
    callerId(r);
    ips(r);
    String requested = HOST_REQUEST + "." + FlexFields.HOST;
    r.hostRequest().ifPresent(h -> Validate.ipAddress(requested, Validate.requiredText(requested,
        h.host().orElse(null))));
    requiredWhile(r.callRestrict() && r.callLimit().isEmpty(), CALL_LIMIT, CALL_RESTRICT);
    r.callLimit().ifPresent(v -> Validate.positive(CALL_LIMIT, v));
    requiredWhile(r.channelsRestrict() && r.maxChannels().isEmpty(), MAX_CHANNELS, CHANNELS_RESTRICT);
    r.maxChannels().ifPresent(v -> Validate.positive(MAX_CHANNELS, v));
    requiredWhile(r.costLimit() && r.maxCallCost().isEmpty(), MAX_CALL_COST, COST_LIMIT);
    r.maxCallCost().ifPresent(cost -> {
      if (cost.signum() < 0) {
        throw new TrunkValidationException(MAX_CALL_COST, "must not be negative, was " + cost.toPlainString());
      }
    });
    Validate.range(FlexFields.TRANSCRIPTION_THRESHOLD, r.transcriptionThreshold(), 0, Integer.MAX_VALUE);
    digits(FlexFields.REWRITE_PREFIX, r.rewritePrefix().orElse(""));
    digits(FlexFields.REWRITE_COND, r.rewriteCond().orElse(""));
    return r;
  }

  private static void requiredWhile(boolean missing, String field, String flag) {
    if (missing) {
      throw new TrunkValidationException(field, "is required when " + flag + " is true");
    }
  }

  private static void callerId(FlexTrunkRequest r) {
    String callerId = r.callerid().orElse("");
    if (callerId.isEmpty()) {
      if (!r.multipleNumbers().orElse(false)) {
        throw new TrunkValidationException(CALLER_ID,
            "is required (an active or verified number of the account, as digits such as 13132847320)"
                + " unless " + MULTIPLE_NUMBERS + " is true");
      }
      return;
    }
    if (!FlexFields.CALLER_DIGITS.matcher(callerId).matches()) {
      throw new TrunkValidationException(CALLER_ID,
          "must be the number's digits as Wavix writes them: 2 to 15 digits, no '+', spaces or dashes"
              + " (such as 13132847320)");
    }
  }

  private static void ips(FlexTrunkRequest r) {
    List<FlexAllowedIp> ips = r.allowedIps();
    requiredWhile(r.ipRestrict() && ips.isEmpty(), ALLOWED_IPS, IP_RESTRICT);
    for (int i = 0; i < ips.size(); i++) {
      Validate.ipAddress(ALLOWED_IPS + "[" + i + "]." + FlexFields.IP, ips.get(i).ip());
    }
  }

  private static void digits(String field, String value) {
    if (!FlexFields.DIGITS.matcher(value).matches()) {
      throw new TrunkValidationException(field, "must contain only digits");
    }
  }
}
