package io.trunkline.core.spi;

import io.trunkline.core.error.TrunkValidationException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Input checks every provider uses before it sends a request. Each failure is a
 * {@link TrunkValidationException} naming the field and the rule; none echoes a secret.
 */
public final class Validate {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
  private static final Pattern HOSTNAME = Pattern.compile(
      "(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*\\.?");

  private Validate() {}

  /** {@code value} must be present. */
  public static <T> T required(String field, T value) {
    if (value == null || value instanceof Optional && ((Optional<?>) value).isEmpty()) {
      throw new TrunkValidationException(field, "is required");
    }
    return value;
  }

  /** {@code value} must be present and not blank. */
  public static String requiredText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new TrunkValidationException(field, "is required and must not be blank");
    }
    return value;
  }

  /** Length between {@code min} and {@code max} characters (code points). */
  public static String length(String field, String value, int min, int max) {
    int n = value.codePointCount(0, value.length());
    if (n < min || n > max) {
      throw new TrunkValidationException(field, "must be " + min + " to " + max + " characters long, was " + n);
    }
    return value;
  }

  /** At most {@code max} characters. */
  public static String maxLength(String field, String value, int max) {
    return length(field, value, 0, max);
  }

  public static int range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new TrunkValidationException(field, "must be between " + min + " and " + max + ", was " + value);
    }
    return (int) value;
  }

  /** A TCP/UDP port, 0 to 65535. */
  public static int port(String field, int value) {
    return range(field, value, 0, 65535);
  }

  public static int positive(String field, long value) {
    return range(field, value, 1, Integer.MAX_VALUE);
  }

  /** An E.164 number with its {@code +}: {@code +} then 2 to 15 digits, no leading zero. */
  public static String e164(String field, String value) {
    if (value == null || !E164.matcher(value).matches()) {
      throw new TrunkValidationException(field, "must be an E.164 number: '+' then 2 to 15 digits, no spaces");
    }
    return value;
  }

  /** True when {@code value} is an E.164 number. */
  public static boolean isE164(String value) {
    return value != null && E164.matcher(value).matches();
  }

  /** A literal IPv4 or IPv6 address. */
  public static String ipAddress(String field, String value) {
    if (!IpAddresses.isIpv4(value) && !IpAddresses.isIpv6(value)) {
      throw new TrunkValidationException(field, "must be an IPv4 or IPv6 address");
    }
    return value;
  }

  /** A CIDR block, {@code 203.0.113.0/24} or {@code 2001:db8::/32}; a bare address is refused. */
  public static String cidr(String field, String value) {
    if (!IpAddresses.isCidr(value)) {
      throw new TrunkValidationException(field, "must be a CIDR block such as 203.0.113.0/24");
    }
    return value;
  }

  /** An address or a CIDR block. */
  public static String ipOrCidr(String field, String value) {
    if (!IpAddresses.isIpv4(value) && !IpAddresses.isIpv6(value) && !IpAddresses.isCidr(value)) {
      throw new TrunkValidationException(field, "must be an IP address or a CIDR block such as 203.0.113.0/24");
    }
    return value;
  }

  /** A host name or IP address, without a port. */
  public static String host(String field, String value) {
    requiredText(field, value);
    if (IpAddresses.isIpv4(value) || IpAddresses.isIpv6(value)) {
      return value;
    }
    if (value.contains(":")) {
      throw new TrunkValidationException(field, "must be a host name or IP address without a port");
    }
    if (!HOSTNAME.matcher(value).matches()) {
      throw new TrunkValidationException(field, "must be a host name or IP address");
    }
    return value;
  }

  /** A UUID in its canonical 8-4-4-4-12 form. */
  public static String uuid(String field, String value) {
    try {
      if (value != null && value.length() == 36 && UUID.fromString(value).toString().equalsIgnoreCase(value)) {
        return value;
      }
    } catch (IllegalArgumentException e) {
      // fall through
    }
    throw new TrunkValidationException(field, "must be a UUID such as 123e4567-e89b-12d3-a456-426614174000");
  }

  /** A collection that is present and not empty. */
  public static <C extends Collection<?>> C notEmpty(String field, C value) {
    if (value == null || value.isEmpty()) {
      throw new TrunkValidationException(field, "must not be empty");
    }
    return value;
  }

  /**
   * An id or other caller value that goes into a URL path as one segment. Refused: empty or blank values and
   * the dot segments ({@code .}, {@code ..}, also with a {@code ;} suffix) that a URL resolver would follow.
   * Anything else is encoded, so {@code a/b} or {@code ?x} stay inside the segment.
   */
  public static String pathSegment(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new TrunkValidationException(field, "must not be empty");
    }
    String core = value.indexOf(';') >= 0 ? value.substring(0, value.indexOf(';')) : value;
    if (core.equals(".") || core.equals("..")) {
      throw new TrunkValidationException(field, "must not be '.' or '..'");
    }
    return value;
  }

  /** An id made only of digits that fits a {@code long} (the vendor's numeric ids). */
  public static String numericId(String field, String value) {
    if (value == null || value.isEmpty() || value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9')
        || value.length() == 19 && value.compareTo(String.valueOf(Long.MAX_VALUE)) > 0) {
      throw new TrunkValidationException(field, "must be a numeric id");
    }
    return value;
  }
}
