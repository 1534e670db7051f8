package io.trunkline.provider.propertiesv2.internal;

import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.ALLOWED_COUNTRIES;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.CHANNEL_LIMIT;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.COUNTRY_CODE;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.CREATED;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.CREDENTIALS;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.CUSTOMER_REFERENCE;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.DEFAULT_CALLER_ID;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.IP_ADDRESS;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.IP_ADDRESSES;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.MODIFIED;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.NAME;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.PASSWORD;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.REALM;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.SID;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.TYPE;

import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import io.trunkline.provider.propertiesv2.SipTrunkAllowedCountry;
import io.trunkline.provider.propertiesv2.SipTrunkCreate;
import io.trunkline.provider.propertiesv2.SipTrunkCredentials;
import io.trunkline.provider.propertiesv2.SipTrunkIpAddress;
import io.trunkline.provider.propertiesv2.SipTrunkType;
import io.trunkline.provider.propertiesv2.SipTrunkUpdate;

/**
 * The vendor's documented value rules, once: each {@code …Rule} returns {@code null} for a good value or the rule in
 * words (never the value of a password). The field declaration checks neutral writes with them; {@code validate}
 * checks the typed client's bodies with them, naming the vendor field and its path (the first entry's address is {@code <list>[0].<address field>}).
 */
final class PropertiesV2Validator {
  /** The documented body fields; extra fields may not reuse them. */
  static final Set<String> BODY_FIELDS = Set.of(NAME, DEFAULT_CALLER_ID, TYPE, IP_ADDRESSES, CREDENTIALS,
      ALLOWED_COUNTRIES, CHANNEL_LIMIT, CUSTOMER_REFERENCE);
  /** Fields only the vendor sets; a body may not carry them. */
  static final Set<String> READ_ONLY_FIELDS = Set.of(SID, CREATED, MODIFIED);
  static final int MIN_PASSWORD_LENGTH = 10;
  static final int WIDEST_PREFIX = 24;

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** Special-purpose IPv4 blocks (RFC 6890 and successors) that are not globally reachable: {base, prefix}. */
  private static final long[][] NOT_PUBLIC = {
      {ip(0, 0, 0, 0), 8}, {ip(10, 0, 0, 0), 8}, {ip(100, 64, 0, 0), 10}, {ip(127, 0, 0, 0), 8},
      {ip(169, 254, 0, 0), 16}, {ip(172, 16, 0, 0), 12}, {ip(192, 0, 0, 0), 24}, {ip(192, 0, 2, 0), 24},
      {ip(192, 168, 0, 0), 16}, {ip(198, 18, 0, 0), 15}, {ip(198, 51, 100, 0), 24}, {ip(203, 0, 113, 0), 24},
      {ip(224, 0, 0, 0), 4}, {ip(240, 0, 0, 0), 4}};

  private PropertiesV2Validator() {}

  static void validate(SipTrunkCreate body) {
    check(NAME, nameRule(body.name()));
    check(DEFAULT_CALLER_ID, callerIdRule(body.defaultCallerId()));
    knownType(body.type());
    if (body.type().equals(SipTrunkType.IP_TO_IP)) {
      Validate.notEmpty(IP_ADDRESSES, body.ipAddresses());
    }
    ipAddresses(body.ipAddresses());
    if (body.type().equals(SipTrunkType.AUTHENTICATED) && body.credentials().isEmpty()) {
      throw new TrunkValidationException(CREDENTIALS, "is required when " + TYPE + " is 1 (authenticated)");
    }
    body.credentials().ifPresent(PropertiesV2Validator::credentials);
    allowedCountries(body.allowedCountries());
    body.channelLimit().ifPresent(limit -> check(CHANNEL_LIMIT, channelLimitRule(limit)));
    extraFields(body.extraFields().keySet());
  }

  static void validate(SipTrunkUpdate body) {
    if (body.isEmpty()) {
      throw new TrunkValidationException("SipTrunkUpdate", "sets nothing to change");
    }
    body.name().ifPresent(name -> check(NAME, nameRule(name)));
    body.defaultCallerId().ifPresent(id -> check(DEFAULT_CALLER_ID, callerIdRule(id)));
    body.type().ifPresent(type -> {
      knownType(type);
      if (type.equals(SipTrunkType.IP_TO_IP) && body.ipAddresses().isEmpty()) {
        throw new TrunkValidationException(IP_ADDRESSES, "is required when " + TYPE + " changes to 0 (IP to IP)");
      }
      if (type.equals(SipTrunkType.AUTHENTICATED) && body.credentials().isEmpty()) {
        throw new TrunkValidationException(CREDENTIALS, "is required when " + TYPE + " changes to 1 (authenticated)");
      }
    });
    body.ipAddresses().ifPresent(list -> {
      Validate.notEmpty(IP_ADDRESSES, list);
      ipAddresses(list);
    });
    body.credentials().ifPresent(PropertiesV2Validator::credentials);
    body.allowedCountries().ifPresent(PropertiesV2Validator::allowedCountries);
    body.channelLimit().ifPresent(limit -> check(CHANNEL_LIMIT, channelLimitRule(limit)));
    extraFields(body.extraFields().keySet());
  }

  static String nameRule(String value) {
    return value == null || value.isBlank() ? "must not be blank" : null;
  }

  /**
   * {@code +E.164}, Australian, and neither toll-free (1800, 180) nor shared-rate (13, 1300), as the create page
   * requires.
   */
  static String callerIdRule(String value) {
    String broken = rule(() -> Validate.e164("", value));
    if (broken != null) {
      return broken;
    }
    if (!value.startsWith("+61")) {
      return "must be an Australian number (+61…)";
    }
    if (value.startsWith("+6118") || value.startsWith("+6113")) {
      return "must not be a toll-free (1800, 180) or shared-rate (13, 1300) number";
    }
    return null;
  }

  static String channelLimitRule(long value) {
    return value < 1 ? "must be at least 1" : null;
  }

  static String realmRule(String value) {
    return value == null || value.isBlank() ? "must have a " + REALM + " that is not blank" : null;
  }

  /**
   * The documented password rules: at least 10 characters, with a lower-case letter, an upper-case letter, a
   * digit and a special character, and no character more than twice in a row.
   */
  static String passwordRule(String value) {
    int length = value.codePointCount(0, value.length());
    if (length < MIN_PASSWORD_LENGTH) {
      return "must be at least " + MIN_PASSWORD_LENGTH + " characters long";
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean special = false;
    int previous = -1;
    int run = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
      digit |= Character.isDigit(c);
      special |= !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
      run = c == previous ? run + 1 : 1;
      previous = c;
      if (run > 2) {
        return "must not repeat a character more than twice in a row";
      }
    }
    if (!lower || !upper || !digit || !special) {
      return "must contain a lower-case letter, an upper-case letter, a digit and a special character";
    }
    return null;
  }

  /** A public IPv4 CIDR block, {@code /24} or narrower ({@code /32} for one address). */
  static String publicIpv4CidrRule(String value) {
    if (value == null || value.isBlank()) {
      return "must not be blank";
    }
    if (value.indexOf('/') < 0) {
      return "must be an IPv4 CIDR block such as 1.2.3.4/32 (/32 for one address)";
    }
    String notCidr = rule(() -> Validate.cidr("", value));
    if (notCidr != null) {
      return notCidr;
    }
    String address = value.substring(0, value.indexOf('/'));
    if (address.indexOf(':') >= 0) {
      return "must be an IPv4 block; IPv6 is not accepted";
    }
    int prefix = Integer.parseInt(value.substring(value.indexOf('/') + 1));
    if (prefix < WIDEST_PREFIX) {
      return "must be /" + WIDEST_PREFIX + " or narrower, was /" + prefix;
    }
    String[] parts = address.split("\\.");
    long ip = ip(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
        Integer.parseInt(parts[3]));
    for (long[] block : NOT_PUBLIC) {
      long mask = (0xFFFFFFFFL << (32 - block[1])) & 0xFFFFFFFFL;
      if ((ip & mask) == block[0]) {
        return "must be a public address; " + address + " is in the special-purpose block " + dotted(block[0]) + "/"
            + block[1];
      }
    }
    return null;
  }

  static String countryCodeRule(String value) {
    return value != null && COUNTRY.matcher(value).matches() ? null
        : "must be an ISO 3166 alpha-2 code in capitals, such as AU";
  }

  private static void ipAddresses(List<SipTrunkIpAddress> list) {
    for (int i = 0; i < list.size(); i++) {
      check(IP_ADDRESSES + "[" + i + "]." + IP_ADDRESS, publicIpv4CidrRule(list.get(i).ipAddress()));
    }
  }

  private static void credentials(SipTrunkCredentials credentials) {
    if (credentials.realm().map(String::isBlank).orElse(true)) {
      throw new TrunkValidationException(CREDENTIALS + "." + REALM, "is required");
    }
    check(CREDENTIALS + "." + PASSWORD, passwordRule(credentials.password().orElseThrow(
        () -> new TrunkValidationException(CREDENTIALS + "." + PASSWORD, "is required")).reveal()));
  }

  private static void allowedCountries(List<SipTrunkAllowedCountry> list) {
    for (int i = 0; i < list.size(); i++) {
      check(ALLOWED_COUNTRIES + "[" + i + "]." + COUNTRY_CODE, countryCodeRule(list.get(i).countryCode()));
    }
  }

  private static void knownType(SipTrunkType type) {
    if (!type.isKnown()) {
      throw new TrunkValidationException(TYPE, "must be 0 (IP to IP) or 1 (authenticated), was " + type.code());
    }
  }

  private static void extraFields(Set<String> names) {
    for (String name : names) {
      if (BODY_FIELDS.contains(name)) {
        throw new TrunkValidationException(name, "is a documented field: set it through its typed attribute");
      }
      if (READ_ONLY_FIELDS.contains(name)) {
        throw new TrunkValidationException(name, "is set by the vendor and cannot be sent");
      }
    }
  }

  private static void check(String field, String broken) {
    if (broken != null) {
      throw new TrunkValidationException(field, broken);
    }
  }

  private static String rule(Runnable check) {
    try {
      check.run();
      return null;
    } catch (TrunkValidationException e) {
      return e.rule();
    }
  }

  private static long ip(int a, int b, int c, int d) {
    return ((long) a << 24) | (b << 16) | (c << 8) | d;
  }

  private static String dotted(long ip) {
    return (ip >> 24 & 255) + "." + (ip >> 16 & 255) + "." + (ip >> 8 & 255) + "." + (ip & 255);
  }
}
