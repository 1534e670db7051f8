package io.trunkline.core.model;

/** Live registration state of a trunk as its vendor reports it. */
public enum Registration {
  ONLINE,
  OFFLINE,
  UNKNOWN
}
