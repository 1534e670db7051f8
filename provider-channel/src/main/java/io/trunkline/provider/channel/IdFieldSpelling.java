package io.trunkline.provider.channel;

import io.trunkline.core.error.TrunkConfigurationException;
import java.util.Locale;

/**
 * Which names edit channel sends for the template and proxy of the {@link ChannelSipTrunk SIP trunk section}: the
 * document's table and its example disagree. Chosen with the provider setting {@value #SETTING}.
 */
enum IdFieldSpelling {
  /** The {@code channel_}-prefixed names, as in the document's example request. The default. */
  EXAMPLE(ChannelSipTrunk.TEMPLATE_ID, ChannelSipTrunk.PROXY_ID),
  /** The short names, as in the document's parameter table. */
  TABLE(ChannelSipTrunk.TABLE_TEMPLATE_ID, ChannelSipTrunk.TABLE_PROXY_ID);

  /** The provider setting that selects the spelling: {@code example} (default) or {@code table}. */
  static final String SETTING = "id-field-spelling";

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
        throw new TrunkConfigurationException("provider 'channel': the setting '" + SETTING
            + "' must be 'example' or 'table'");
    }
  }
}
