package io.trunkline.provider.channel;

import io.trunkline.core.Paged;

/**
 * The channel sipTrunk API, every endpoint of its document, with the vendor's own types. Get it from the provider:
 * {@code provider.unwrap(ChannelClient.class)}. Thread-safe. An interface, so that callers can mock it.
 *
 * <p>Open the provider with {@code Trunkline.discover().open(ChannelClient.ID, config)}. The vendor publishes no
 * host, so the base URL is required; the setting {@value #ACCOUNT_ID} (a UUID) names the account whose caller IDs,
 * proxies, templates and call barrings are read. Credentials: a bearer token ({@code Authorization: Bearer …}), or
 * an API key sent in {@value #DEFAULT_API_KEY_HEADER} unless the credentials name another header; the document
 * does not say which the vendor uses. The optional setting {@value #ID_FIELD_SPELLING} ({@code example}, the default,
 * or {@code table}) picks the names edit channel sends for the template and proxy ids.
 *
 * <p>Input is checked before anything is sent ({@code TrunkValidationException} naming the vendor field); channel
 * names and numbers in a path are always exactly one segment (a {@code +} stays {@code +}, a space or {@code /} is
 * percent-encoded). Errors come as the typed {@code TrunkApiException}s with the vendor's
 * {@code error_identifier} as {@code vendorCode()}, also when the vendor puts its error body in a 2xx answer.
 * POST calls (connect number, edit channel) are never retried; GET, PUT and DELETE are.
 */
public interface ChannelClient {
  /** The provider id. */
  String ID = "channel";
  /** The required setting: the account UUID. */
  String ACCOUNT_ID = "account-id";
  /**
   * The optional setting that picks the names edit channel sends for the template and proxy ids of the SIP trunk
   * section: {@code example} (the default: {@code channel_template_id}, {@code channel_proxy_id}, as in the
   * document's example) or {@code table} ({@code template_id}, {@code proxy_id}, as in its table).
   */
  String ID_FIELD_SPELLING = "id-field-spelling";
  /** The header an API key goes in when the credentials name none. */
  String DEFAULT_API_KEY_HEADER = "X-Api-Key";
  /** Caller IDs requested per page unless a size is given. */
  int DEFAULT_PAGE_SIZE = 100;

  /** The account (UUID) the listings are read for: the setting {@value #ACCOUNT_ID}. */
  String accountId();

  /**
   * Connects one number to a channel: {@code POST /v1/channel-number}. Number and channel must belong to the same
   * account and the number must be free. Returns the vendor's answer; a field it leaves out (or answers
   * {@code null}) is what was sent, and an answer without a body is what was sent: a 2xx means the number is
   * connected, whatever the answer echoes.
   */
  ChannelNumber connectNumber(String channelName, String number);

  /**
   * Disconnects one number from its channel: {@code DELETE /v1/channel-number/{number}}, the number E.164 with its
   * {@code +} kept in the path. A 404 to a retry (after a first attempt whose outcome is unknown) counts as done.
   */
  void disconnectNumber(String number);

  /** The account's caller IDs, {@value #DEFAULT_PAGE_SIZE} per request. */
  default Paged<ChannelCallerId> callerIds() {
    return callerIds(DEFAULT_PAGE_SIZE);
  }

  /**
   * The account's caller IDs: {@code GET /v1/accounts/{accountId}/siptrunk-channel-callerids?offset=&limit=},
   * {@code pageSize} per page, requested lazily as iteration goes. A listing ends only on an empty answer or at the
   * total a Hydra collection gives: a server that sends fewer than asked (it may cap its pages) is asked again from
   * the offset its answer reached. A server that answers the same items to a later offset (it ignores the offset)
   * fails the listing with {@code TrunkResponseException}; one that ignores {@code limit} and sends more than asked
   * has sent the rest of the list.
   */
  Paged<ChannelCallerId> callerIds(int pageSize);

  /** The account's proxies: {@code GET /v1/accounts/{accountId}/siptrunk-channel-proxies} (one request). */
  Paged<ChannelProxy> proxies();

  /** The account's channel templates: {@code GET /v1/accounts/{accountId}/siptrunk-channel-templates}. */
  Paged<ChannelTemplate> templates();

  /** The account's call barrings: {@code GET /v1/accounts/{accountId}/siptrunk-channel-callbarrings}. */
  Paged<ChannelCallBarring> callBarrings();

  /**
   * Edits a channel: {@code POST /v1/channel/{name}} with only the fields {@code edit} sets. The password is sent
   * in clear and masked everywhere else. Not retried (it is a POST, and a rename cannot be repeated).
   */
  ChannelEditResult editChannel(String channelName, ChannelEdit edit);

  /**
   * Sets the Operator Connect type of a number on a channel:
   * {@code PUT /v1/channel-number-operator-connect/{channel}} with the channel's name, the number and the
   * type. The number must already be connected to the channel; it is
   * sent exactly as given, E.164 ({@code +49…}) or 00-prefixed ({@code 0049…}) as in the document's example.
   */
  OperatorConnectNumber setOperatorConnectNumberType(String channelName, String number,
      OperatorConnectNumberType numberType);

  /**
   * Removes the Operator Connect type from a number on a channel:
   * {@code DELETE /v1/channel-number-operator-connect/channels/{channel}/numbers/{number}}, each one path
   * segment, the number sent exactly as given (E.164 or 00-prefixed).
   */
  void removeOperatorConnectNumberType(String channelName, String number);
}
