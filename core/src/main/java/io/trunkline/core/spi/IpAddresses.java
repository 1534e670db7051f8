package io.trunkline.core.spi;

/** Strict textual IPv4/IPv6 and CIDR checks, without DNS lookups. */
final class IpAddresses {
  private IpAddresses() {}

  static boolean isIpv4(String s) {
    if (s == null || s.isEmpty() || s.length() > 15) {
      return false;
    }
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || p.length() > 1 && p.charAt(0) == '0' || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String s) {
    if (s == null || s.length() < 2 || s.length() > 45 || s.indexOf(':') < 0) {
      return false;
    }
    String head = s;
    int embeddedIpv4Groups = 0;
    if (s.indexOf('.') >= 0) {
      int lastColon = s.lastIndexOf(':');
      if (!isIpv4(s.substring(lastColon + 1))) {
        return false;
      }
      head = s.substring(0, lastColon + 1) + "0";
      embeddedIpv4Groups = 1;
    }
    int doubleColon = head.indexOf("::");
    if (doubleColon >= 0) {
      if (head.indexOf("::", doubleColon + 1) >= 0) {
        return false;
      }
      int left = countGroups(head.substring(0, doubleColon));
      int right = countGroups(head.substring(doubleColon + 2));
      return left >= 0 && right >= 0 && left + right + embeddedIpv4Groups <= 7;
    }
    return countGroups(head) + embeddedIpv4Groups == 8;
  }

  /** Groups of 1 to 4 hex digits separated by single colons; -1 when malformed. */
  private static int countGroups(String part) {
    if (part.isEmpty()) {
      return 0;
    }
    String[] groups = part.split(":", -1);
    for (String g : groups) {
      if (g.isEmpty() || g.length() > 4 || !g.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return -1;
      }
    }
    return groups.length;
  }

  static boolean isCidr(String s) {
    if (s == null) {
      return false;
    }
    int slash = s.indexOf('/');
    if (slash <= 0 || slash == s.length() - 1 || s.indexOf('/', slash + 1) >= 0) {
      return false;
    }
    String address = s.substring(0, slash);
    String prefix = s.substring(slash + 1);
    if (prefix.length() > 3 || !prefix.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int bits = Integer.parseInt(prefix);
    if (isIpv4(address)) {
      return bits <= 32;
    }
    return isIpv6(address) && bits <= 128;
  }
}
