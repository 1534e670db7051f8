package io.trunkline.cli;

import io.trunkline.core.Capability;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How capabilities are written for people: {@code CONNECT_NUMBER} as {@code connect-number}. */
final class Capabilities {
  private Capabilities() {}

  static String name(Capability capability) {
    return capability.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The names in the enum's order, comma-separated; "nothing" when empty. */
  static String names(Collection<Capability> capabilities) {
    if (capabilities.isEmpty()) {
      return "nothing";
    }
    return capabilities.stream().sorted().map(Capabilities::name).collect(Collectors.joining(", "));
  }
}
