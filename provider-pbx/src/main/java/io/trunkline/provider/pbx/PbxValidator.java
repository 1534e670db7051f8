package io.trunkline.provider.pbx;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The PBX's input rules, checked before a request is sent; each failure is a {@link TrunkValidationException}
 * naming the PBX field. Rules: {@code name} and {@code brand} 1 to 64 characters, {@code auth_id} and
 * {@code username} at most 64, {@code hostname} and {@code outbound_server} host names or IP addresses, ports 0 to
 * 65535, intervals and {@code concurrency} not negative, {@code additional_ips} {@code ;}-separated CIDR blocks,
 * {@code did_numbers} {@code ;}-separated numbers or ranges ({@code 3000;12000-18000}); on create the fields the
 * PBX requires; on update nothing create-only.
 */
final class PbxValidator {
  /** The fields the PBX requires on create. */
  static final String[] REQUIRED_ON_CREATE = {
    "name", "transport", "hostname", "port", "outbound_server", "outbound_server_port", "concurrency"
  };
  /** Every field a typed model holds; an {@code extra} entry must not repeat one (except as a JSON null). */
  static final Set<String> TYPED_FIELDS = Set.of(
      "name", "enabled", "brand", "auth_mode", "transport", "hostname", "port", "auth_id", "username", "password",
      "registration", "register_interval", "outbound_server", "outbound_server_port", "inlan", "single_via_header",
      "rewrite_via_ip", "verify_port", "keep_alive", "keep_alive_interval", "concurrency", "additional_ips",
      "adjust_sdp_direction", "remove_srtp_info", "stir_shaken_signature_required", "did_numbers",
      "inbound_parameters", "outbound_parameters");
  /** Fields only the PBX writes. */
  static final Set<String> READ_ONLY = Set.of("id", "shared");
  /** Fields fixed when the trunk is created. */
  static final Set<String> CREATE_ONLY = Set.of("brand", "auth_mode");

  private PbxValidator() {}

  static void spec(PbxTrunkSpec spec) {
    Optional<?>[] required = {
      spec.name(), spec.transport(), spec.hostname(), spec.port(), spec.outboundServer(), spec.outboundServerPort(),
      spec.concurrency()
    };
    for (int i = 0; i < required.length; i++) {
      if (required[i].isEmpty()) {
        throw new TrunkValidationException(REQUIRED_ON_CREATE[i], "is required to create a PBX trunk");
      }
    }
    settings(spec);
    spec.brand().ifPresent(v -> Validate.length("brand", v, 1, 64));
    spec.password().ifPresent(v -> Validate.requiredText("password", v.reveal()));
    extra(spec.extra(), false);
  }

  static void update(PbxTrunkUpdate update) {
    settings(update);
    update.password().ifPresent(v -> Validate.requiredText("password", v.reveal()));
    extra(update.extra(), true);
  }

  static void assignment(PbxAssignment assignment) {
    assignment.didNumbers().ifPresent(v -> didNumbers("did_numbers", v));
    assignment.concurrency().ifPresent(v -> Validate.range("concurrency", v, 0, Integer.MAX_VALUE));
    for (String key : assignment.extra().keySet()) {
      if (key.equals("did_numbers") || key.equals("concurrency")) {
        throw new TrunkValidationException("extra." + key, "is a typed field: set it with its own method");
      }
    }
  }

  static void listQuery(PbxListQuery query) {
    Validate.range("top", query.top(), 1, PbxListQuery.MAX_TOP);
    Validate.range("skip", query.skip(), 0, Integer.MAX_VALUE);
  }

  private static void settings(PbxTrunkSettings s) {
    s.name().ifPresent(v -> Validate.length("name", v, 1, 64));
    s.hostname().ifPresent(v -> Validate.host("hostname", v));
    s.port().ifPresent(v -> Validate.port("port", v));
    s.authId().ifPresent(v -> Validate.maxLength("auth_id", v, 64));
    s.username().ifPresent(v -> Validate.maxLength("username", v, 64));
    s.registerInterval().ifPresent(v -> Validate.range("register_interval", v, 0, Integer.MAX_VALUE));
    s.outboundServer().ifPresent(v -> Validate.host("outbound_server", v));
    s.outboundServerPort().ifPresent(v -> Validate.port("outbound_server_port", v));
    s.keepAliveInterval().ifPresent(v -> Validate.range("keep_alive_interval", v, 0, Integer.MAX_VALUE));
    s.concurrency().ifPresent(v -> Validate.range("concurrency", v, 0, Integer.MAX_VALUE));
    s.additionalIps().ifPresent(v -> additionalIps("additional_ips", v));
    s.didNumbers().ifPresent(v -> didNumbers("did_numbers", v));
  }

  private static void extra(Map<String, JsonNode> extra, boolean update) {
    for (Map.Entry<String, JsonNode> e : extra.entrySet()) {
      String key = e.getKey();
      if (update && CREATE_ONLY.contains(key)) {
        throw new TrunkValidationException(key, "is set when a PBX trunk is created and cannot be changed by an"
            + " update; create a new trunk to change it");
      }
      if (READ_ONLY.contains(key)) {
        throw new TrunkValidationException(key, "is read-only (written by the PBX)");
      }
      if (key.equals("password") || TYPED_FIELDS.contains(key) && !e.getValue().isNull()) {
        throw new TrunkValidationException("extra." + key, "is a typed field: set it with its own method"
            + " (an extra entry may only send it as an explicit JSON null)");
      }
    }
  }

  /** {@code ;}-separated CIDR blocks (an empty text clears the list). */
  static void additionalIps(String field, String value) {
    if (value.isEmpty()) {
      return;
    }
    String[] parts = value.split(";", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!isCidr(parts[i])) {
        throw new TrunkValidationException(field, "entry " + (i + 1) + " must be a CIDR block such as 192.0.2.0/24"
            + " (entries separated by ';', no spaces)");
      }
    }
  }

  /** {@code ;}-separated numbers or ranges {@code 12000-18000} (an empty text clears the list). */
  static void didNumbers(String field, String value) {
    if (value.isEmpty()) {
      return;
    }
    String[] parts = value.split(";", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!isNumberOrRange(parts[i])) {
        throw new TrunkValidationException(field, "entry " + (i + 1) + " must be a number or a range of numbers"
            + " such as 3000 or 12000-18000 (digits with an optional leading '+', entries separated by ';')");
      }
    }
  }

  static boolean isCidr(String value) {
    try {
      Validate.cidr("", value);
      return true;
    } catch (TrunkValidationException e) {
      return false;
    }
  }

  /** A number ({@code 3000}, {@code +31201234567}) or a range whose end is not below its start. */
  static boolean isNumberOrRange(String value) {
    int dash = value.indexOf('-');
    if (dash < 0) {
      return isNumber(value);
    }
    String from = value.substring(0, dash);
    String to = value.substring(dash + 1);
    if (!isNumber(from) || !isNumber(to)) {
      return false;
    }
    String a = significant(from);
    String b = significant(to);
    return a.length() < b.length() || a.length() == b.length() && a.compareTo(b) <= 0;
  }

  /** The digits without a leading '+' and leading zeros, for comparing as numbers. */
  private static String significant(String number) {
    int i = number.startsWith("+") ? 1 : 0;
    while (i < number.length() - 1 && number.charAt(i) == '0') {
      i++;
    }
    return number.substring(i);
  }

  private static boolean isNumber(String value) {
    int start = value.startsWith("+") ? 1 : 0;
    int digits = value.length() - start;
    if (digits < 1 || digits > 64) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
