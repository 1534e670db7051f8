package io.trunkline.core.model;

/** SIP transport. */
public enum Transport {
  UDP,
  TCP,
  TLS
}
