/**
 * Micrometer metrics for Trunkline: {@link io.trunkline.micrometer.TrunklineMetrics}, a core
 * {@link io.trunkline.core.CallListener} that records every call, attempt and retry.
 */
module io.trunkline.micrometer {
  requires transitive io.trunkline.core;
  requires transitive micrometer.core;

  exports io.trunkline.micrometer;
}
