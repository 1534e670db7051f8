package io.trunkline.core.error;

/** A provider could not be opened: unknown id, missing setting, unusable base URL or credentials. */
public class TrunkConfigurationException extends TrunklineException {
  public TrunkConfigurationException(String message) {
    super(message);
  }

  public TrunkConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
