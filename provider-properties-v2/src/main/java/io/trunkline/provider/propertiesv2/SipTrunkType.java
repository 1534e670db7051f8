package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.CodedEnum;
import java.util.Map;

/** The vendor's type of a SIP trunk (a {@code short}); codes not documented yet are kept as they came. */
public final class SipTrunkType extends CodedEnum {
  /** {@code 0}: IP to IP, authenticated by the caller's public IP addresses ({@link SipTrunkIpAddress}). */
  public static final SipTrunkType IP_TO_IP = new SipTrunkType(0, "IP_TO_IP");
  /** {@code 1}: authenticated by a realm and password ({@link SipTrunkCredentials}). */
  public static final SipTrunkType AUTHENTICATED = new SipTrunkType(1, "AUTHENTICATED");

  private static final Map<Integer, SipTrunkType> KNOWN = index(IP_TO_IP, AUTHENTICATED);

  private SipTrunkType(int code, String name) {
    super(code, name);
  }

  /** The type for {@code code}: a documented one, or an unknown one that keeps the code. */
  public static SipTrunkType of(int code) {
    return lookup(KNOWN, code, c -> new SipTrunkType(c, unknownName(c)));
  }

  /** Reads the code as a number, a string of digits or a documented name ({@link VendorCodes}). */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static SipTrunkType read(JsonNode value) {
    Integer code = VendorCodes.code(PropertiesV2Fields.TYPE, value);
    if (code == null) {
      throw new IllegalArgumentException("not a code or a documented name of " + PropertiesV2Fields.TYPE);
    }
    return of(code);
  }

  /** True for the codes the vendor documents (0 and 1). */
  public boolean isKnown() {
    return KNOWN.containsKey(code());
  }
}
