package io.trunkline.core.model;

/** Administrative or provisioning state of a trunk (live registration is {@link TrunkStatus}). */
public enum TrunkState {
  ACTIVE,
  INACTIVE,
  PROVISIONING,
  DEPROVISIONING
}
