package io.trunkline.provider.propertiesv2;

import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The documented rules of the create and update bodies, checked before anything is sent. Failures name the
 * vendor field ({@code SipTrunkIpAddresses[0].IpAddress}) and never echo a password.
 */
final class PropertiesV2Validator {
  /** The documented body fields; extra fields may not reuse them. */
  static final Set<String> BODY_FIELDS = Set.of("Name", "DefaultCallerId", "Type", "SipTrunkIpAddresses",
      "SipTrunkCredentials", "SipTrunkAllowedCountries", "ChannelLimit", "CustomerReference");
  /** Fields only the vendor sets; a body may not carry them. */
  static final Set<String> READ_ONLY_FIELDS = Set.of("SipTrunkSid", "Created", "Modified");
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
    Validate.requiredText("Name", body.name());
    defaultCallerId("DefaultCallerId", body.defaultCallerId());
    knownType("Type", body.type());
    if (body.type().equals(SipTrunkType.IP_TO_IP)) {
      Validate.notEmpty("SipTrunkIpAddresses", body.ipAddresses());
    }
    ipAddresses(body.ipAddresses());
    if (body.type().equals(SipTrunkType.AUTHENTICATED) && body.credentials().isEmpty()) {
      throw new TrunkValidationException("SipTrunkCredentials", "is required when Type is 1 (authenticated)");
    }
    body.credentials().ifPresent(PropertiesV2Validator::credentials);
    allowedCountries(body.allowedCountries());
    body.channelLimit().ifPresent(limit -> Validate.positive("ChannelLimit", limit));
    extraFields(body.extraFields().keySet());
  }

  static void validate(SipTrunkUpdate body) {
    if (body.isEmpty()) {
      throw new TrunkValidationException("SipTrunkUpdate", "sets nothing to change");
    }
    body.name().ifPresent(name -> Validate.requiredText("Name", name));
    body.defaultCallerId().ifPresent(id -> defaultCallerId("DefaultCallerId", id));
    body.type().ifPresent(type -> {
      knownType("Type", type);
      if (type.equals(SipTrunkType.IP_TO_IP) && body.ipAddresses().isEmpty()) {
        throw new TrunkValidationException("SipTrunkIpAddresses", "is required when Type changes to 0 (IP to IP)");
      }
      if (type.equals(SipTrunkType.AUTHENTICATED) && body.credentials().isEmpty()) {
        throw new TrunkValidationException("SipTrunkCredentials",
            "is required when Type changes to 1 (authenticated)");
      }
    });
    body.ipAddresses().ifPresent(list -> {
      Validate.notEmpty("SipTrunkIpAddresses", list);
      ipAddresses(list);
    });
    body.credentials().ifPresent(PropertiesV2Validator::credentials);
    body.allowedCountries().ifPresent(PropertiesV2Validator::allowedCountries);
    body.channelLimit().ifPresent(limit -> Validate.positive("ChannelLimit", limit));
    extraFields(body.extraFields().keySet());
  }

  /**
   * {@code +E.164}, Australian, and neither toll-free (1800, 180) nor shared-rate (13, 1300), as the create page
   * requires.
   */
  static String defaultCallerId(String field, String value) {
    Validate.e164(field, value);
    if (!value.startsWith("+61")) {
      throw new TrunkValidationException(field, "must be an Australian number (+61…)");
    }
    if (value.startsWith("+6118") || value.startsWith("+6113")) {
      throw new TrunkValidationException(field,
          "must not be a toll-free (1800, 180) or shared-rate (13, 1300) number");
    }
    return value;
  }

  /**
   * The documented password rules: at least 10 characters, with a lower-case letter, an upper-case letter, a
   * digit and a special character, and no character more than twice in a row.
   */
  static void password(String field, Secret secret) {
    String value = secret.reveal();
    int length = value.codePointCount(0, value.length());
    if (length < MIN_PASSWORD_LENGTH) {
      throw new TrunkValidationException(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters long");
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
        throw new TrunkValidationException(field, "must not repeat a character more than twice in a row");
      }
    }
    if (!lower || !upper || !digit || !special) {
      throw new TrunkValidationException(field,
          "must contain a lower-case letter, an upper-case letter, a digit and a special character");
    }
  }

  /** A public IPv4 CIDR block, {@code /24} or narrower ({@code /32} for one address). */
  static String publicIpv4Cidr(String field, String value) {
    Validate.requiredText(field, value);
    if (value.indexOf('/') < 0) {
      throw new TrunkValidationException(field, "must be an IPv4 CIDR block such as 1.2.3.4/32 (/32 for one address)");
    }
    Validate.cidr(field, value);
    String address = value.substring(0, value.indexOf('/'));
    if (address.indexOf(':') >= 0) {
      throw new TrunkValidationException(field, "must be an IPv4 block; IPv6 is not accepted");
    }
    int prefix = Integer.parseInt(value.substring(value.indexOf('/') + 1));
    if (prefix < WIDEST_PREFIX) {
      throw new TrunkValidationException(field, "must be /" + WIDEST_PREFIX + " or narrower, was /" + prefix);
    }
    String[] parts = address.split("\\.");
    long ip = ip(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
        Integer.parseInt(parts[3]));
    for (long[] block : NOT_PUBLIC) {
      long mask = (0xFFFFFFFFL << (32 - block[1])) & 0xFFFFFFFFL;
      if ((ip & mask) == block[0]) {
        throw new TrunkValidationException(field, "must be a public address; " + address
            + " is in the special-purpose block " + dotted(block[0]) + "/" + block[1]);
      }
    }
    return value;
  }

  private static void ipAddresses(List<SipTrunkIpAddress> list) {
    for (int i = 0; i < list.size(); i++) {
      publicIpv4Cidr("SipTrunkIpAddresses[" + i + "].IpAddress", list.get(i).ipAddress());
    }
  }

  private static void credentials(SipTrunkCredentials credentials) {
    Validate.requiredText("SipTrunkCredentials.Realm", credentials.realm().orElse(null));
    password("SipTrunkCredentials.Password", credentials.password().orElseThrow(
        () -> new TrunkValidationException("SipTrunkCredentials.Password", "is required")));
  }

  private static void allowedCountries(List<SipTrunkAllowedCountry> list) {
    for (int i = 0; i < list.size(); i++) {
      if (!COUNTRY.matcher(list.get(i).countryCode()).matches()) {
        throw new TrunkValidationException("SipTrunkAllowedCountries[" + i + "].CountryCode",
            "must be an ISO 3166 alpha-2 code in capitals, such as AU");
      }
    }
  }

  private static void knownType(String field, SipTrunkType type) {
    if (!type.isKnown()) {
      throw new TrunkValidationException(field, "must be 0 (IP to IP) or 1 (authenticated), was " + type.code());
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

  private static long ip(int a, int b, int c, int d) {
    return ((long) a << 24) | (b << 16) | (c << 8) | d;
  }

  private static String dotted(long ip) {
    return (ip >> 24 & 255) + "." + (ip >> 16 & 255) + "." + (ip >> 8 & 255) + "." + (ip & 255);
  }
}
