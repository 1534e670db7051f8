package io.trunkline.provider.famulor.internal;

import static io.trunkline.provider.famulor.internal.FamulorFields.ALLOWED_INBOUND_IPS;
import static io.trunkline.provider.famulor.internal.FamulorFields.COUNTRY_CODE;
import static io.trunkline.provider.famulor.internal.FamulorFields.INBOUND_AUTHORIZATION_TYPE;
import static io.trunkline.provider.famulor.internal.FamulorFields.NICKNAME;
import static io.trunkline.provider.famulor.internal.FamulorFields.PHONE_NUMBER;
import static io.trunkline.provider.famulor.internal.FamulorFields.SIP_ADDRESS;
import static io.trunkline.provider.famulor.internal.FamulorFields.SIP_CALLING_FORMAT;
import static io.trunkline.provider.famulor.internal.FamulorFields.SIP_PASSWORD;
import static io.trunkline.provider.famulor.internal.FamulorFields.SIP_TRUNK_TYPE;
import static io.trunkline.provider.famulor.internal.FamulorFields.SIP_USERNAME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.FieldRule;
import io.trunkline.provider.famulor.FamulorSipTrunkCreate;
import io.trunkline.provider.famulor.FamulorSipTrunkUpdate;
import io.trunkline.provider.famulor.InboundAuthorizationType;
import io.trunkline.provider.famulor.SipCallingFormat;
import io.trunkline.provider.famulor.SipTrunkType;
import java.util.List;
import java.util.Map;

/**
 * The rules of Famulor's create and update pages for the typed client, checked before anything is sent: the
 * declaration's rules ({@link FamulorFields}) applied to the typed models. Each failure names the Famulor field;
 * none echoes the password.
 */
final class FamulorValidator {
  private FamulorValidator() {}

  /** A trunk id: Famulor's ids are positive integers. */
  static long id(long id) {
    if (id < 1) {
      throw new TrunkValidationException(FamulorFields.ID, "must be a positive integer, was " + id);
    }
    return id;
  }

  static void create(FamulorSipTrunkCreate c) {
    SipTrunkType type = c.sipTrunkType();
    check(SIP_TRUNK_TYPE, FamulorFields.TRUNK_TYPE_RULE, type.value());
    check(PHONE_NUMBER, SipTrunkType.NUMBER.equals(type) ? FieldRule.e164() : FamulorFields.EXTENSION,
        c.phoneNumber());
    c.nickname().ifPresent(nickname -> check(NICKNAME, FamulorFields.NICKNAME_RULE, nickname));
    check(SIP_USERNAME, FamulorFields.USERNAME_RULE, c.sipUsername());
    password(c.sipPassword());
    check(SIP_ADDRESS, FamulorFields.ADDRESS_RULE, c.sipAddress());
    callingFormat(c.sipCallingFormat());
    authorizationType(c.inboundAuthorizationType());
    if (InboundAuthorizationType.IP.equals(c.inboundAuthorizationType())) {
      ips(c.allowedInboundIps());
    } else if (!c.allowedInboundIps().isEmpty()) {
      throw new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "is only allowed when the inbound authorization type is 'ip'");
    }
    check(COUNTRY_CODE, FamulorFields.COUNTRY_RULE, c.countryCode());
    additional(c.additionalFields(), false);
  }

  static void update(FamulorSipTrunkUpdate u) {
    if (u.isEmpty()) {
      throw new TrunkValidationException("update", "sets no field; send at least one change");
    }
    u.phoneNumber().ifPresent(number -> check(PHONE_NUMBER, FamulorFields.NUMBER_OR_EXTENSION, number));
    u.nickname().ifPresent(nickname -> check(NICKNAME, FamulorFields.NICKNAME_RULE, nickname));
    u.sipUsername().ifPresent(username -> check(SIP_USERNAME, FamulorFields.USERNAME_RULE, username));
    u.sipPassword().ifPresent(FamulorValidator::password);
    u.sipAddress().ifPresent(host -> check(SIP_ADDRESS, FamulorFields.ADDRESS_RULE, host));
    u.sipCallingFormat().ifPresent(FamulorValidator::callingFormat);
    u.inboundAuthorizationType().ifPresent(FamulorValidator::authorizationType);
    boolean toIp = u.inboundAuthorizationType().map(InboundAuthorizationType.IP::equals).orElse(false);
    boolean toAuth = u.inboundAuthorizationType().map(InboundAuthorizationType.AUTH::equals).orElse(false);
    if (toIp) {
      ips(u.allowedInboundIps().orElseThrow(() -> new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "is required when switching the inbound authorization type to 'ip'")));
    } else if (toAuth && u.allowedInboundIps().map(list -> !list.isEmpty()).orElse(false)) {
      throw new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "is only allowed with the inbound authorization type 'ip' (switching to 'auth' removes the allow-list)");
    } else if (!toAuth) {
      u.allowedInboundIps().ifPresent(list -> {
        if (list.isEmpty()) {
          throw new TrunkValidationException(ALLOWED_INBOUND_IPS, "must not be empty; to drop the allow-list,"
              + " switch the inbound authorization type to 'auth'");
        }
        ips(list);
      });
    }
    u.countryCode().ifPresent(code -> check(COUNTRY_CODE, FamulorFields.COUNTRY_RULE, code));
    additional(u.additionalFields(), true);
  }

  /** Checks {@code value} of {@code field} by the declaration's rule; the refusal names the Famulor field. */
  private static void check(String field, FieldRule rule, String value) {
    String broken = rule.check(TextNode.valueOf(value));
    if (broken != null) {
      throw new TrunkValidationException(field, broken);
    }
  }

  private static void password(Secret password) {
    check(SIP_PASSWORD, FamulorFields.PASSWORD_RULE, password.reveal());
  }

  private static void callingFormat(SipCallingFormat format) {
    check(SIP_CALLING_FORMAT, FamulorFields.CALLING_FORMAT_RULE, format.value());
  }

  private static void authorizationType(InboundAuthorizationType type) {
    check(INBOUND_AUTHORIZATION_TYPE, FamulorFields.AUTH_TYPE_RULE, type.value());
  }

  private static void ips(List<String> ips) {
    if (ips.isEmpty()) {
      throw new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "must hold at least one IP address when the inbound authorization type is 'ip'");
    }
    for (int i = 0; i < ips.size(); i++) {
      check(ALLOWED_INBOUND_IPS + "[" + i + "]", FamulorFields.IP_RULE, ips.get(i));
    }
  }

  private static void additional(Map<String, JsonNode> fields, boolean update) {
    for (String name : fields.keySet()) {
      if (update && SIP_TRUNK_TYPE.equals(name)) {
        throw new TrunkValidationException(SIP_TRUNK_TYPE, "cannot be changed after the trunk is created");
      }
      if (name.isBlank() || FamulorFields.CREATE.contains(name) || FamulorFields.READ_ONLY.contains(name)) {
        throw new TrunkValidationException(name.isBlank() ? "additionalFields" : name,
            FamulorFields.READ_ONLY.contains(name) ? "is set by Famulor and cannot be sent"
                : "is a known field; set it through its own builder method, not additionalFields");
      }
    }
  }
}
