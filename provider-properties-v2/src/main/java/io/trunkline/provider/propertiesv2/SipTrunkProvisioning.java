package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.spi.CodeNames;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import io.trunkline.provider.propertiesv2.internal.VendorCodes;

/**
 * The vendor's provisioning state of a SIP trunk (a {@code short}, 0 to 3). A code this SDK does not know yet is
 * kept as sent (see {@link #isKnown()}).
 */
public record SipTrunkProvisioning(int code) {
  /** The documented codes and their names, each declared once by its constant below. */
  private static final CodeNames NAMES = new CodeNames();

  /** {@code 0}. */
  public static final SipTrunkProvisioning INACTIVE = new SipTrunkProvisioning(NAMES.declare(0, "INACTIVE"));
  /** {@code 1}. */
  public static final SipTrunkProvisioning PROVISIONING = new SipTrunkProvisioning(NAMES.declare(1, "PROVISIONING"));
  /** {@code 2}. */
  public static final SipTrunkProvisioning ACTIVE = new SipTrunkProvisioning(NAMES.declare(2, "ACTIVE"));
  /** {@code 3}. */
  public static final SipTrunkProvisioning DEPROVISIONING =
      new SipTrunkProvisioning(NAMES.declare(3, "DEPROVISIONING"));

  /** The state for {@code code}: a documented one, or an unknown one that keeps the code. */
  @JsonCreator
  public static SipTrunkProvisioning of(int code) {
    return new SipTrunkProvisioning(code);
  }

  /** Reads the code from text: a string of digits or a documented name ({@code "Active"}, …). */
  @JsonCreator
  static SipTrunkProvisioning of(String text) {
    Integer code = VendorCodes.code(PropertiesV2Fields.PROVISIONING_STATE, TextNode.valueOf(text));
    if (code == null) {
      throw new IllegalArgumentException("not a code or a documented name of " + PropertiesV2Fields.PROVISIONING_STATE);
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
   * The documented meaning ({@code INACTIVE} … {@code DEPROVISIONING}), or {@code UNKNOWN} (the code follows in
   * {@link #toString()}).
   */
  public String name() {
    return NAMES.name(code);
  }

  /** True for the codes the vendor documents (0 to 3). */
  public boolean isKnown() {
    return NAMES.isKnown(code);
  }

  @Override
  public String toString() {
    return NAMES.describe(code);
  }
}
