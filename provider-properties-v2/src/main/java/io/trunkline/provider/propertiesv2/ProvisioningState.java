package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.CodedEnum;
import java.util.Map;

/** The vendor's {@code ProvisioningState} of a SIP trunk (a {@code short}); unknown codes are kept. */
public final class ProvisioningState extends CodedEnum {
  /** {@code 0}. */
  public static final ProvisioningState INACTIVE = new ProvisioningState(0, "INACTIVE");
  /** {@code 1}. */
  public static final ProvisioningState PROVISIONING = new ProvisioningState(1, "PROVISIONING");
  /** {@code 2}. */
  public static final ProvisioningState ACTIVE = new ProvisioningState(2, "ACTIVE");
  /** {@code 3}. */
  public static final ProvisioningState DEPROVISIONING = new ProvisioningState(3, "DEPROVISIONING");

  private static final Map<Integer, ProvisioningState> KNOWN = index(INACTIVE, PROVISIONING, ACTIVE, DEPROVISIONING);

  private ProvisioningState(int code, String name) {
    super(code, name);
  }

  /** The state for {@code code}: a documented one, or an unknown one that keeps the code. */
  @JsonCreator
  public static ProvisioningState of(int code) {
    return lookup(KNOWN, code, c -> new ProvisioningState(c, unknownName(c)));
  }

  /** True for the codes the vendor documents (0 to 3). */
  public boolean isKnown() {
    return KNOWN.containsKey(code());
  }
}
