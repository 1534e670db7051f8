package io.trunkline.provider.propertiesv2;

import io.trunkline.core.Paged;

/**
 * The Fone Dynamics REST API v2 for the SIP trunks of one Property, with the vendor's own types. Every call is
 * authenticated with HTTP Basic (account SID and token) and scoped to the configured {@code PropertySid}.
 * Request bodies are checked against the documented rules before anything is sent
 * ({@code TrunkValidationException}); vendor errors arrive as the typed {@code TrunkApiException}s with the
 * vendor's {@code ErrorCode} kept. Thread-safe.
 *
 * <p>Get one from {@code provider.unwrap(PropertiesV2Client.class)} of the provider {@value #ID}, opened with
 * {@code Trunkline.discover().open("properties-v2", config)}. Credentials are {@code USER_PASSWORD}: the account SID
 * as the user and the account token as the password (HTTP Basic). Settings: {@value #PROPERTY_SID} (required),
 * {@value #ACCOUNT_SID} (optional; the credentials' user is the account SID, so when set it must be the same),
 * {@value #UPDATE_METHOD} ({@code PUT}, {@code PATCH} or {@code POST}; default {@code PUT}). An interface, so that
 * tests can mock it.
 */
public interface PropertiesV2Client {
  /** The provider id. */
  String ID = "properties-v2";
  /** The vendor's public API host. */
  String DEFAULT_BASE_URL = "https://api.fonedynamics.com";
  /** Setting: the {@code PropertySid} whose trunks are managed. Required. */
  String PROPERTY_SID = "property-sid";
  /** Setting: the {@code AccountSid}; optional, must equal the credentials' user when set. */
  String ACCOUNT_SID = "account-sid";
  /** Setting: the update verb, {@code PUT} (default), {@code PATCH} or {@code POST}. */
  String UPDATE_METHOD = "update-method";

  /** The account these calls authenticate as (the Basic user name). */
  String accountSid();

  /** The Property whose SIP trunks these calls manage. */
  String propertySid();

  /** The verb {@link #updateSipTrunk} sends: {@code PUT}, {@code PATCH} or {@code POST} (setting {@code update-method}). */
  String updateMethod();

  /**
   * {@code GET /v2/Properties/{PropertySid}/SipTrunks}: the trunks matching {@code query}, paged lazily with
   * {@code Results_Skip}/{@code Results_Count}. Each request starts where the trunks received so far end, so a
   * vendor that answers fewer than asked for (a page-size cap) is read on to the end. Paging stops at an empty page,
   * at the total count when the answer sends one ({@code TotalCount}, {@code hydra:totalItems}, …), or at a short
   * page once the vendor has answered a full one (it then caps nothing). A vendor that answers the same page for a
   * later offset fails the listing ({@code TrunkResponseException}) rather than repeating it. The answer may be a
   * bare array or an object holding it.
   */
  Paged<SipTrunkSummary> listSipTrunks(SipTrunkListQuery query);

  /** Every trunk of the Property, {@value SipTrunkListQuery#DEFAULT_PAGE_SIZE} per request. */
  default Paged<SipTrunkSummary> listSipTrunks() {
    return listSipTrunks(SipTrunkListQuery.all());
  }

  /** {@code GET /v2/Properties/{PropertySid}/SipTrunk/{sid}/Details}. */
  SipTrunkDetails getSipTrunkDetails(String sipTrunkSid);

  /**
   * {@code POST /v2/Properties/{PropertySid}/SipTrunk}; returns the new trunk's id (the vendor
   * answers only that). Never retried: a create whose outcome is unknown fails with
   * {@code TrunkTransportException#outcomeUnknown()}.
   */
  String createSipTrunk(SipTrunkCreate body);

  /**
   * Updates {@code sipTrunkSid} with the fields {@code body} sets: {@code PUT} (or the {@code update-method}
   * setting's verb) on {@code /v2/Properties/{PropertySid}/SipTrunk/{sid}}. The answer's body is not
   * documented: it is read only for the vendor's error body, which is an error under any status; call
   * {@link #getSipTrunkDetails} for the trunk as it now is. Exactly the fields set are sent: whether the vendor's
   * {@code PUT} merges them or replaces the trunk is not documented, so for a change of some fields build the
   * update with {@link SipTrunkUpdate#builderFrom(SipTrunkDetails)}, which carries every writable field of the trunk.
   */
  void updateSipTrunk(String sipTrunkSid, SipTrunkUpdate body);

  /**
   * {@code DELETE /v2/Properties/{PropertySid}/SipTrunk/{sid}}. <b>Not documented by the vendor:</b> the most
   * likely endpoint, the REST counterpart of create and update (see the module README, choice 6). A vendor without
   * it answers 404 or 405, reported as the typed exception; nothing else is sent.
   */
  void deleteSipTrunk(String sipTrunkSid);
}
