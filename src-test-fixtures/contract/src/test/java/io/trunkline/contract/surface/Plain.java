package io.trunkline.contract.surface;

/** A type of an exported package that names nothing of the kit, for ProviderSurfaceTest. */
public final class Plain {
  public String name() {
    return "plain";
  }
}
