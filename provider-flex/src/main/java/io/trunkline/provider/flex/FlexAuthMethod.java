package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * How a Wavix SIP trunk authenticates ({@link FlexTrunk#authMethod()}): {@code "Digest"} (SIP registration with the
 * trunk's login and password) or {@code "IP auth"} (traffic from an approved public static IP). Values Wavix
 * adds later are kept as they came ({@link #isKnown()} is false).
 */
public final class FlexAuthMethod extends StringEnum {
  /** Digest authentication: the device registers with the trunk's login ({@code name}) and password. */
  public static final FlexAuthMethod DIGEST = new FlexAuthMethod("Digest");
  /** IP authentication: Wavix accepts traffic from the trunk's approved public static IP address. */
  public static final FlexAuthMethod IP_AUTH = new FlexAuthMethod("IP auth");

  private static final Map<String, FlexAuthMethod> KNOWN = index(DIGEST, IP_AUTH);

  private FlexAuthMethod(String value) {
    super(value);
  }

  /** The constant for {@code value}; an undocumented value is kept as it is. */
  @JsonCreator
  public static FlexAuthMethod of(String value) {
    return lookup(KNOWN, value, FlexAuthMethod::new);
  }

  /** True for a documented value. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}
