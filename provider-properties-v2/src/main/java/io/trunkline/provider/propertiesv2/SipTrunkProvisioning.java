package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.CodedEnum;
import java.util.Map;

/** The vendor's provisioning state of a SIP trunk (a {@code short}, 0 to 3); unknown codes are kept. */
public final class SipTrunkProvisioning extends CodedEnum {
  /** {@code 0}. */
  public static final SipTrunkProvisioning INACTIVE = new SipTrunkProvisioning(0, "INACTIVE");
  /** {@code 1}. */
  public static final SipTrunkProvisioning PROVISIONING = new SipTrunkProvisioning(1, "PROVISIONING");
  /** {@code 2}. */
  public static final SipTrunkProvisioning ACTIVE = new SipTrunkProvisioning(2, "ACTIVE");
  /** {@code 3}. */
  public static final SipTrunkProvisioning DEPROVISIONING = new SipTrunkProvisioning(3, "DEPROVISIONING");

  private static final Map<Integer, SipTrunkProvisioning> KNOWN = index(INACTIVE, PROVISIONING, ACTIVE, DEPROVISIONING);

  private SipTrunkProvisioning(int code, String name) {
    super(code, name);
  }

  /** The state for {@code code}: a documented one, or an unknown one that keeps the code. */
  public static SipTrunkProvisioning of(int code) {
    return lookup(KNOWN, code, c -> new SipTrunkProvisioning(c, unknownName(c)));
  }

  /** Reads the code as a number, a string of digits or a documented name ({@link VendorCodes}). */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static SipTrunkProvisioning read(JsonNode value) {
    Integer code = VendorCodes.code(PropertiesV2Fields.PROVISIONING_STATE, value);
    if (code == null) {
      throw new IllegalArgumentException("not a code or a documented name of " + PropertiesV2Fields.PROVISIONING_STATE);
    }
    return of(code);
  }

  /** True for the codes the vendor documents (0 to 3). */
  public boolean isKnown() {
    return KNOWN.containsKey(code());
  }
}
