package io.trunkline.provider.propertiesv2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vendor's coded fields ({@code Type}, {@code ProvisioningState}), documented as numbers ({@code short}) but
 * written by name where the vendor's framework serializes enums by name (ServiceStack's default): a whole number, a
 * string of digits, or a documented name in any letter case, spaces, {@code _} and {@code -} ignored
 * ({@code "Active"}, {@code "IP to IP"}, {@code "IpToIp"}). Not API: public only for the typed codes' JSON
 * readers ({@code SipTrunkType}, {@code SipTrunkProvisioning}); its package is not exported.
 */
public final class VendorCodes {
  private static final Map<String, Map<String, Integer>> NAMES = Map.of(
      PropertiesV2Fields.TYPE, Map.of("iptoip", 0, "authenticated", 1),
      PropertiesV2Fields.PROVISIONING_STATE, Map.of("inactive", 0, "provisioning", 1, "active", 2,
          "deprovisioning", 3));

  private static final Pattern DIGITS = Pattern.compile("-?\\d{1,9}");
  private static final Pattern IGNORED = Pattern.compile("[\\s_-]");

  private VendorCodes() {}

  /** The code of {@code value} in {@code field}; null for a name the document does not give, or another JSON type. */
  public static Integer code(String field, JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.canConvertToInt() ? value.intValue() : null;
    }
    return value.isTextual() ? code(field, value.asText()) : null;
  }

  /** {@link #code(String, JsonNode)} of a JSON string, given as its text. */
  static Integer code(String field, String value) {
    String text = value.trim();
    if (DIGITS.matcher(text).matches()) {
      return Integer.valueOf(text);
    }
    return NAMES.getOrDefault(field, Map.of()).get(IGNORED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""));
  }

  /** True for a text that is no code: a name the document does not give (kept as sent, never guessed). */
  static boolean unknownName(String field, JsonNode value) {
    return value != null && value.isTextual() && code(field, value) == null;
  }
}
