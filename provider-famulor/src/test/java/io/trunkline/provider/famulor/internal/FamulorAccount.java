package io.trunkline.provider.famulor.internal;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Credentials;
import io.trunkline.contract.WireMockVendor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The Famulor account the WireMock tests sign in with, on a clock stopped at {@link #NOW}. */
final class FamulorAccount {
  static final String KEY = "fam-key-8d2e5f1a-SECRET";
  static final String TRUNKS = "/api/user/phone-numbers/sip-trunks";
  static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

  private FamulorAccount() {}

  /**
   * Famulor on WireMock, with the recorded payloads under {@code famulor/}; pacing is on (the default) and its
   * waits are only recorded, never slept.
   */
  static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new FamulorProviderFactory(wait -> { }), TrunkProvider.class, Credentials.bearer(KEY))
        .payloads("famulor")
        .configure(config -> config.clock(Clock.fixed(NOW, ZoneOffset.UTC)));
  }
}
