package io.trunkline.core.error;

import io.trunkline.core.Capability;

/** The provider's vendor API has no such operation; see {@code TrunkProvider.capabilities()}. */
public class UnsupportedCapabilityException extends TrunklineException {
  private final String provider;
  private final Capability capability;

  public UnsupportedCapabilityException(String provider, Capability capability) {
    super("provider '" + provider + "' does not support " + capability
        + ": its vendor API has no such operation (see capabilities())");
    this.provider = provider;
    this.capability = capability;
  }

  public String provider() { return provider; }
  public Capability capability() { return capability; }
}
