package io.trunkline.core.spi;

import okhttp3.Request;

/**
 * Adds credentials to each attempt. The default one comes from {@code ProviderConfig.credentials()}; a provider
 * with a sign-in (a token exchanged for a user and password) supplies its own.
 */
public interface RequestAuthorizer {
  void authorize(Request.Builder request);

  /**
   * Called once when the vendor answered 401 with the credentials of {@code failed}: return true after
   * getting fresh credentials to have the call sent once more.
   */
  default boolean refreshAfterUnauthorized(Request failed) {
    return false;
  }
}
