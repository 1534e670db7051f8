package io.trunkline.core.model;

/** How a trunk authenticates: digest credentials or registration, an IP allow-list, or anything else. */
public enum AuthMode {
  CREDENTIALS,
  IP,
  OTHER
}
