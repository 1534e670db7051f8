package io.trunkline.core;

/** How a provider authenticates: which kind of {@link Credentials} it accepts. */
public enum CredentialKind {
  /** {@code Authorization: Bearer <token>}. */
  BEARER,
  /** A vendor-named header carrying a key, such as {@code X-Api-Key}. */
  API_KEY,
  /** A user name and a secret: HTTP Basic, or a sign-in that exchanges them for a token. */
  USER_PASSWORD
}
