package io.trunkline.provider.channel;

import io.trunkline.core.error.TrunkConfigurationException;
import java.util.Locale;

/**
 * Which names edit channel sends for the template and proxy of the {@code sip_trunk} section: the document's
 * table and its example disagree. Chosen with the provider setting {@value #SETTING}.
 */
public enum IdFieldSpelling {
  /** {@code channel_template_id} and {@code channel_proxy_id}, as in the document's example request. The default. */
  EXAMPLE("channel_template_id", "channel_proxy_id"),
  /** {@code template_id} and {@code proxy_id}, as in the document's parameter table. */
  TABLE("template_id", "proxy_id");

  /** The provider setting that selects the spelling: {@code example} (default) or {@code table}. */
  public static final String SETTING = "id-field-spelling";

  private final String templateField;
  private final String proxyField;

  IdFieldSpelling(String templateField, String proxyField) {
    this.templateField = templateField;
    this.proxyField = proxyField;
  }

  /** The name sent for the template id. */
  public String templateField() {
    return templateField;
  }

  /** The name sent for the proxy id. */
  public String proxyField() {
    return proxyField;
  }

  /** Reads the setting's value; null means the default. */
  static IdFieldSpelling fromSetting(String value) {
    if (value == null || value.isBlank()) {
      return EXAMPLE;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "example":
        return EXAMPLE;
      case "table":
        return TABLE;
      default:
        throw new TrunkConfigurationException("provider 'channel': the setting '" + SETTING
            + "' must be 'example' or 'table'");
    }
  }
}
