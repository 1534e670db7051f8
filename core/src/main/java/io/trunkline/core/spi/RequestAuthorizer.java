package io.trunkline.core.spi;

import okhttp3.Request;

/**
 * Adds credentials to each attempt. The default one comes from {@code ProviderConfig.credentials()}; a provider
 * with a sign-in (a token exchanged for a user and password) supplies its own.
 */
public interface RequestAuthorizer {
  void authorize(Request.Builder request);

  /**
   * Called at most once per call when the vendor refused the credentials of {@code failed}: an HTTP 401, or a status
   * the provider's {@link ErrorDecoder} reports as 401 ({@link VendorError#status()}, also under a 2xx). Return true
   * after getting fresh credentials to have the call sent once more. Not called for unauthenticated requests.
   */
  default boolean refreshAfterUnauthorized(Request failed) {
    return false;
  }
}
