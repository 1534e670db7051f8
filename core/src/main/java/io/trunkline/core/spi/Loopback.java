package io.trunkline.core.spi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one loopback rule for plain {@code http://}: a host is loopback when it is an IPv4 literal in
 * {@code 127.0.0.0/8}, the IPv6 literal {@code ::1}, or exactly the name {@code localhost}. Names are judged by
 * what they are, never by how they end: {@code evil.localhost} is not loopback. A name is also checked where it
 * resolves, by {@link LoopbackOnlyDns}.
 */
final class Loopback {
  private Loopback() {}

  /** True when {@code host} (as {@code HttpUrl.host()} gives it: no brackets) is loopback by the rule above. */
  static boolean isLoopbackHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.indexOf(':') >= 0) {
      return isLoopbackIpv6(h);
    }
    return isLoopbackIpv4(h);
  }

  private static boolean isLoopbackIpv4(String h) {
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !allDigits(part)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return Integer.parseInt(parts[0]) == 127;
  }

  private static boolean isLoopbackIpv6(String h) {
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c != ':' && c != '.' && Character.digit(c, 16) < 0) {
        return false;
      }
    }
    try {
      return InetAddress.getByName("[" + h + "]").isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean allDigits(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
