package io.trunkline.provider.propertiesv2.internal;

import io.trunkline.core.error.TrunkConfigurationException;
import java.util.Locale;

/**
 * The HTTP verb of the update call. The vendor's page is named {@code put-sip-trunk}, but crawls of it show both
 * {@code PUT} and {@code PATCH}; the setting {@code update-method} picks one. Default {@link #PUT}.
 */
enum UpdateMethod {
  /** Idempotent: retried after a connection failure or a 5xx, like every {@code PUT}. */
  PUT,
  /** Not retried. */
  PATCH,
  /** Not retried. */
  POST;

  /** The setting's value, ignoring case; anything else is a configuration error naming the allowed values. */
  static UpdateMethod parse(String setting, String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TrunkConfigurationException("the setting '" + setting + "' must be PUT, PATCH or POST");
    }
  }
}
