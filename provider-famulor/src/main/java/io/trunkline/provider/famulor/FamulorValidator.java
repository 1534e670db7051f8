package io.trunkline.provider.famulor;

import static io.trunkline.provider.famulor.FamulorFields.ALLOWED_INBOUND_IPS;
import static io.trunkline.provider.famulor.FamulorFields.COUNTRY_CODE;
import static io.trunkline.provider.famulor.FamulorFields.INBOUND_AUTHORIZATION_TYPE;
import static io.trunkline.provider.famulor.FamulorFields.NICKNAME;
import static io.trunkline.provider.famulor.FamulorFields.PHONE_NUMBER;
import static io.trunkline.provider.famulor.FamulorFields.SIP_ADDRESS;
import static io.trunkline.provider.famulor.FamulorFields.SIP_CALLING_FORMAT;
import static io.trunkline.provider.famulor.FamulorFields.SIP_PASSWORD;
import static io.trunkline.provider.famulor.FamulorFields.SIP_TRUNK_TYPE;
import static io.trunkline.provider.famulor.FamulorFields.SIP_USERNAME;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of Famulor's create and update pages, checked before anything is sent. Each failure names the
 * Famulor field; none echoes the password.
 */
final class FamulorValidator {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private FamulorValidator() {}

  /** A trunk id: Famulor's ids are positive integers. */
  static long id(long id) {
    if (id < 1) {
      throw new TrunkValidationException(FamulorFields.ID, "must be a positive integer, was " + id);
    }
    return id;
  }

  /** A neutral id: digits only, within a {@code long}. */
  static long id(String id) {
    Validate.numericId(FamulorFields.ID, id);
    try {
      return id(Long.parseLong(id));
    } catch (NumberFormatException e) {
      throw new TrunkValidationException(FamulorFields.ID, "must be a numeric id");
    }
  }

  static void create(FamulorSipTrunkCreate c) {
    SipTrunkType type = c.sipTrunkType();
    if (!type.isKnown()) {
      throw new TrunkValidationException(SIP_TRUNK_TYPE, "must be 'extension' or 'number', was '" + type + "'");
    }
    if (SipTrunkType.NUMBER.equals(type)) {
      Validate.e164(PHONE_NUMBER, c.phoneNumber());
    } else {
      extension(c.phoneNumber());
    }
    c.nickname().ifPresent(FamulorValidator::nickname);
    username(c.sipUsername());
    password(c.sipPassword());
    Validate.host(SIP_ADDRESS, c.sipAddress());
    callingFormat(c.sipCallingFormat());
    authorizationType(c.inboundAuthorizationType());
    if (InboundAuthorizationType.IP.equals(c.inboundAuthorizationType())) {
      ips(c.allowedInboundIps());
    } else if (!c.allowedInboundIps().isEmpty()) {
      throw new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "is only allowed when inbound_authorization_type is 'ip'");
    }
    country(c.countryCode());
    additional(c.additionalFields(), false);
  }

  static void update(FamulorSipTrunkUpdate u) {
    if (u.isEmpty()) {
      throw new TrunkValidationException("update", "sets no field; send at least one change");
    }
    u.phoneNumber().ifPresent(number -> {
      if (number.startsWith("+")) {
        Validate.e164(PHONE_NUMBER, number);
      } else {
        extension(number);
      }
    });
    u.nickname().ifPresent(FamulorValidator::nickname);
    u.sipUsername().ifPresent(FamulorValidator::username);
    u.sipPassword().ifPresent(FamulorValidator::password);
    u.sipAddress().ifPresent(host -> Validate.host(SIP_ADDRESS, host));
    u.sipCallingFormat().ifPresent(FamulorValidator::callingFormat);
    u.inboundAuthorizationType().ifPresent(FamulorValidator::authorizationType);
    boolean toIp = u.inboundAuthorizationType().map(InboundAuthorizationType.IP::equals).orElse(false);
    boolean toAuth = u.inboundAuthorizationType().map(InboundAuthorizationType.AUTH::equals).orElse(false);
    if (toIp) {
      ips(u.allowedInboundIps().orElseThrow(() -> new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "is required when switching inbound_authorization_type to 'ip'")));
    } else if (toAuth && u.allowedInboundIps().map(list -> !list.isEmpty()).orElse(false)) {
      throw new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "is only allowed when inbound_authorization_type is 'ip' (switching to 'auth' removes the allow-list)");
    } else if (!toAuth) {
      u.allowedInboundIps().ifPresent(list -> {
        if (list.isEmpty()) {
          throw new TrunkValidationException(ALLOWED_INBOUND_IPS, "must not be empty; to drop the allow-list,"
              + " switch inbound_authorization_type to 'auth'");
        }
        ips(list);
      });
    }
    u.countryCode().ifPresent(FamulorValidator::country);
    additional(u.additionalFields(), true);
  }

  private static void extension(String number) {
    Validate.requiredText(PHONE_NUMBER, number);
    Validate.length(PHONE_NUMBER, number, 1, 15);
    for (int i = 0; i < number.length(); i++) {
      char ch = number.charAt(i);
      if (Character.isWhitespace(ch) || Character.isISOControl(ch)) {
        throw new TrunkValidationException(PHONE_NUMBER, "must not contain spaces or control characters");
      }
    }
  }

  private static void nickname(String nickname) {
    Validate.maxLength(NICKNAME, nickname, 50);
  }

  private static void username(String username) {
    Validate.requiredText(SIP_USERNAME, username);
    Validate.length(SIP_USERNAME, username, 3, 128);
  }

  private static void password(Secret password) {
    String value = password.reveal();
    if (value.codePointCount(0, value.length()) < 3) {
      throw new TrunkValidationException(SIP_PASSWORD, "must be at least 3 characters long");
    }
  }

  private static void callingFormat(SipCallingFormat format) {
    if (!format.isKnown()) {
      throw new TrunkValidationException(SIP_CALLING_FORMAT,
          "must be '+e164', 'e164' or 'national', was '" + format + "'");
    }
  }

  private static void authorizationType(InboundAuthorizationType type) {
    if (!type.isKnown()) {
      throw new TrunkValidationException(INBOUND_AUTHORIZATION_TYPE, "must be 'auth' or 'ip', was '" + type + "'");
    }
  }

  private static void ips(List<String> ips) {
    if (ips.isEmpty()) {
      throw new TrunkValidationException(ALLOWED_INBOUND_IPS,
          "must hold at least one IP address when inbound_authorization_type is 'ip'");
    }
    for (int i = 0; i < ips.size(); i++) {
      Validate.ipAddress(ALLOWED_INBOUND_IPS + "[" + i + "]", ips.get(i));
    }
  }

  private static void country(String code) {
    if (code == null || !COUNTRY.matcher(code).matches()) {
      throw new TrunkValidationException(COUNTRY_CODE, "must be an ISO 3166 alpha-2 code in capitals, such as DE");
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
