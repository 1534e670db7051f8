package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.spi.CodeNames;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import io.trunkline.provider.propertiesv2.internal.VendorCodes;

/**
 * The vendor's type of a SIP trunk (a {@code short}). A code this SDK does not know yet is kept as sent (see
 * {@link #isKnown()}).
 */
public record SipTrunkType(int code) {
  /** The documented codes and their names, each declared once by its constant below. */
  private static final CodeNames NAMES = new CodeNames();

  /** {@code 0}: IP to IP, authenticated by the caller's public IP addresses ({@link SipTrunkIpAddress}). */
  public static final SipTrunkType IP_TO_IP = new SipTrunkType(NAMES.declare(0, "IP_TO_IP"));
  /** {@code 1}: authenticated by a realm and password ({@link SipTrunkCredentials}). */
  public static final SipTrunkType AUTHENTICATED = new SipTrunkType(NAMES.declare(1, "AUTHENTICATED"));

  /** The type for {@code code}: a documented one, or an unknown one that keeps the code. */
  @JsonCreator
  public static SipTrunkType of(int code) {
    return new SipTrunkType(code);
  }

  /** Reads the code from text: a string of digits or a documented name ({@code "IpToIp"}, {@code "IP to IP"}). */
  @JsonCreator
  static SipTrunkType of(String text) {
    Integer code = VendorCodes.code(PropertiesV2Fields.TYPE, TextNode.valueOf(text));
    if (code == null) {
      throw new IllegalArgumentException("not a code or a documented name of " + PropertiesV2Fields.TYPE);
    }
    return of(code);
  }

  /** The vendor's code, exactly as sent. */
  @JsonValue
  @Override
  public int code() {
    return code;
  }

  /**
   * The documented meaning ({@code IP_TO_IP}, {@code AUTHENTICATED}), or {@code UNKNOWN} (the code follows in
   * {@link #toString()}).
   */
  public String name() {
    return NAMES.name(code);
  }

  /** True for the codes the vendor documents (0 and 1). */
  public boolean isKnown() {
    return NAMES.isKnown(code);
  }

  @Override
  public String toString() {
    return NAMES.describe(code);
  }
}
