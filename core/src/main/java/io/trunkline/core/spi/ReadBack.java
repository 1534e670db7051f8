package io.trunkline.core.spi;

import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.model.SipTrunk;
import java.util.function.Function;

/**
 * The one rule for vendors that answer a write without the trunk: once the write is applied, any failure to read
 * it back is reported as {@link TrunkWriteAppliedException} (applied; id known where the vendor gave one), never
 * as a failed write that a caller would send again.
 */
public final class ReadBack {
  private ReadBack() {}

  /**
   * The trunk {@code id} read by {@code get} after a write that was applied; {@code operation} says what was done
   * ({@code created}, {@code updated}). A {@code null} or blank id (the vendor's answer lacked it) is reported as
   * applied with no id.
   */
  public static SipTrunk after(String provider, String operation, String id, Function<String, SipTrunk> get) {
    if (id == null || id.isBlank()) {
      throw new TrunkWriteAppliedException(provider, operation, null, null);
    }
    try {
      return get.apply(id);
    } catch (RuntimeException e) {
      throw new TrunkWriteAppliedException(provider, operation, id, e);
    }
  }
}
