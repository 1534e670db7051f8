package io.trunkline.provider.famulor;

import io.trunkline.core.Paged;
import java.util.Optional;

/**
 * Famulor's SIP-trunk API with its own types: list, get, create, update and delete. Every input is checked
 * against the rules of Famulor's pages before it is sent ({@code TrunkValidationException}, nothing sent); errors
 * come back as the typed {@code TrunkApiException}s, a 422 as {@code TrunkApiValidationException} with Famulor's
 * messages per field. Thread-safe; get one from {@code provider.unwrap(FamulorClient.class)}. An interface, so
 * that callers can mock it.
 *
 * <p>Rate limits: every call first waits for a free request under Famulor's documented limits (the provider
 * setting {@value #PACING}, on by default: 100 per minute, 20 per 10 seconds, counted per provider instance). Every
 * successful response's {@code X-RateLimit-*} headers are recorded, and {@link #lastRateLimit()} returns the
 * latest. One of Famulor's error bodies under a 2xx status is thrown as the typed error, never read as success.
 * A 429 (or Famulor's rate-limit body with any status, 2xx included) is retried for idempotent calls after the
 * wait Famulor asked for ({@code Retry-After}, else the body's {@code retry_after}); it surfaces as
 * {@code TrunkRateLimitedException} with {@code retryAfter()}.
 */
public interface FamulorClient {
  /** The provider id: {@code Trunkline.discover().open(FamulorClient.ID, config)}. */
  String ID = "famulor";

  /** The base URL used when the configuration sets none. */
  String DEFAULT_BASE_URL = "https://app.famulor.de";

  /**
   * The optional setting for client-side pacing: {@code on} (the default: Famulor's documented 100 requests per
   * 60 s and 20 per 10 s), {@code off}, or limits such as {@code 300/60s,30/10s}; anything else is refused when
   * the provider is opened ({@code TrunkConfigurationException}).
   */
  String PACING = "pacing";

  /**
   * {@code GET /api/user/phone-numbers/sip-trunks}: every SIP trunk of the account. Famulor returns them all in
   * one answer (no paging), without the voice-trunk ids ({@link FamulorSipTrunk#inboundTrunkId()}). Lazy: the
   * request is sent when iteration starts, again for each iteration.
   */
  Paged<FamulorSipTrunk> list();

  /** {@code GET /api/user/phone-numbers/sip-trunks/{id}}; {@code TrunkNotFoundException} when there is none. */
  FamulorSipTrunk get(long id);

  /**
   * {@code POST /api/user/phone-numbers/sip-trunks} (201): Famulor provisions the inbound and outbound voice trunks
   * and returns the new trunk. Checked before sending. Never retried: a create whose answer was lost throws with
   * {@code outcomeUnknown()}; list before creating again. A duplicate (same phone number, user name and address)
   * is {@code TrunkConflictException} (409); a failed provisioning is {@code TrunkServerException} (500, nothing
   * saved).
   */
  FamulorSipTrunk create(FamulorSipTrunkCreate create);

  /**
   * {@code PUT /api/user/phone-numbers/sip-trunks/{id}} with only the fields {@code update} sets; returns the
   * trunk as Famulor now has it. Checked before sending.
   *
   * <p>Changing the SIP user name, password or phone number makes Famulor delete and re-create both its inbound
   * and outbound voice trunks; the SIP address or the outbound proxy the outbound one; the inbound authorization
   * type or the allowed inbound IPs the inbound one. Their ids ({@link FamulorSipTrunk#inboundTrunkId()},
   * {@link FamulorSipTrunk#outboundTrunkId()}) change, and calls may drop while that happens.
   */
  FamulorSipTrunk update(long id, FamulorSipTrunkUpdate update);

  /**
   * {@code DELETE /api/user/phone-numbers/{id}}: deletes the SIP trunk {@code id} at once and removes its voice
   * trunks; assistants using it lose the number. This is Famulor's generic "release phone number" endpoint: given
   * the id of a purchased phone number instead, it releases that number. The neutral {@code delete} checks
   * first that the id is a SIP trunk; call {@link #get} first here if the id may be anything else.
   */
  void delete(long id);

  /**
   * The {@code X-RateLimit-*} headers of the latest successful response this client received, from any thread;
   * empty before the first response, or when Famulor sent none of them. Error responses do not update it: a
   * rate-limited call reports its wait in {@code TrunkRateLimitedException.retryAfter()}.
   */
  Optional<FamulorRateLimit> lastRateLimit();
}
