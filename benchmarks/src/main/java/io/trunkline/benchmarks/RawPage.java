package io.trunkline.benchmarks;

import java.util.List;

/** The baseline's {@code {"count": N, "items": [...]}}. */
public final class RawPage {
  public long count;
  public List<RawTrunk> items = List.of();
}
