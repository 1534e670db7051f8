package io.trunkline.core.model;

/**
 * The neutral fields of a trunk, under the names {@link SipTrunk}, {@link TrunkSpec} and {@link TrunkUpdate} give
 * them. A provider maps each to one vendor field, or ignores or refuses it (see
 * {@link io.trunkline.core.ProviderMetadata#trunkFields()}).
 */
public enum NeutralField {
  NAME("name"),
  STATE("state"),
  HOST("host"),
  PORT("port"),
  TRANSPORT("transport"),
  AUTH_MODE("authMode"),
  USERNAME("username"),
  PASSWORD("password"),
  ALLOWED_IPS("allowedIps"),
  NUMBERS("numbers"),
  CALLER_ID("callerId"),
  MAX_CHANNELS("maxChannels"),
  COUNTRY_CODE("countryCode"),
  CREATED_AT("createdAt"),
  UPDATED_AT("updatedAt");

  private final String property;

  NeutralField(String property) {
    this.property = property;
  }

  /** The name of the builder method and JSON property: {@code host}, {@code maxChannels}, … */
  public String property() {
    return property;
  }

  /** True for the fields only the vendor sets (state and time stamps): never part of a spec or an update. */
  public boolean vendorSet() {
    return this == STATE || this == CREATED_AT || this == UPDATED_AT;
  }
}
