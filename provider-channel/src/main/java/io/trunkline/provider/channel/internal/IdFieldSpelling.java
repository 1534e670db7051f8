package io.trunkline.provider.channel.internal;

import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.provider.channel.ChannelClient;
import java.util.Locale;

/**
 * Which names edit channel sends for the template and proxy of the SIP trunk section: the document's table and its
 * example disagree. Chosen with the provider setting {@value ChannelClient#ID_FIELD_SPELLING}.
 */
enum IdFieldSpelling {
  /** The {@code channel_}-prefixed names, as in the document's example request. The default. */
  EXAMPLE(ChannelFields.TEMPLATE_ID, ChannelFields.PROXY_ID),
  /** The short names, as in the document's parameter table. */
  TABLE(ChannelFields.TABLE_TEMPLATE_ID, ChannelFields.TABLE_PROXY_ID);

  private final String templateField;
  private final String proxyField;

  IdFieldSpelling(String templateField, String proxyField) {
    this.templateField = templateField;
    this.proxyField = proxyField;
  }

  /** The name sent for the template id. */
  String templateField() {
    return templateField;
  }

  /** The name sent for the proxy id. */
  String proxyField() {
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
        throw new TrunkConfigurationException("provider '" + ChannelClient.ID + "': the setting '"
            + ChannelClient.ID_FIELD_SPELLING + "' must be 'example' or 'table'");
    }
  }
}
