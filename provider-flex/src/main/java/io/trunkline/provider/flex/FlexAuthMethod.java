package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a Wavix SIP trunk authenticates ({@link FlexTrunk#authMethod()}): {@code "Digest"} (SIP registration with the
 * trunk's login and password) or {@code "IP auth"} (traffic from an approved public static IP). A value this SDK
 * does not know yet is kept as sent (see {@link #isKnown()}).
 *
 * @param value the vendor's value, exactly as sent
 */
public record FlexAuthMethod(String value) {
  /** Digest authentication: the device registers with the trunk's login ({@code name}) and password. */
  public static final FlexAuthMethod DIGEST = new FlexAuthMethod("Digest");
  /** IP authentication: Wavix accepts traffic from the trunk's approved public static IP address. */
  public static final FlexAuthMethod IP_AUTH = new FlexAuthMethod("IP auth");
  private static final List<FlexAuthMethod> KNOWN = List.of(DIGEST, IP_AUTH);

  /** Any value, known or not; never null. */
  public FlexAuthMethod {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static FlexAuthMethod of(String value) {
    return new FlexAuthMethod(value);
  }

  /** The vendor's value, exactly as sent. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** True for a value documented in Wavix's trunk schema ({@code Digest}, {@code IP auth}). */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
