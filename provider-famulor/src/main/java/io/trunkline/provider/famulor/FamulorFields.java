package io.trunkline.provider.famulor;

import java.util.Set;

/** Famulor's field names for a SIP trunk, as its API documents them. */
final class FamulorFields {
  static final String ID = "id";
  static final String SIP_TRUNK_TYPE = "sip_trunk_type";
  static final String PHONE_NUMBER = "phone_number";
  static final String NICKNAME = "nickname";
  static final String SIP_USERNAME = "sip_username";
  static final String SIP_PASSWORD = "sip_password";
  static final String SIP_ADDRESS = "sip_address";
  static final String SIP_CALLING_FORMAT = "sip_calling_format";
  static final String INBOUND_AUTHORIZATION_TYPE = "inbound_authorization_type";
  static final String ALLOWED_INBOUND_IPS = "allowed_inbound_ips";
  static final String OUTBOUND_PROXY = "outbound_proxy";
  static final String COUNTRY_CODE = "country_code";
  static final String INBOUND_TRUNK_ID = "inbound_trunk_id";
  static final String OUTBOUND_TRUNK_ID = "outbound_trunk_id";
  static final String CREATED_AT = "created_at";
  static final String UPDATED_AT = "updated_at";

  /** The fields a create request may carry. */
  static final Set<String> CREATE = Set.of(SIP_TRUNK_TYPE, PHONE_NUMBER, NICKNAME, SIP_USERNAME, SIP_PASSWORD,
      SIP_ADDRESS, SIP_CALLING_FORMAT, INBOUND_AUTHORIZATION_TYPE, ALLOWED_INBOUND_IPS, COUNTRY_CODE, OUTBOUND_PROXY);

  /** The fields only Famulor sets. */
  static final Set<String> READ_ONLY = Set.of(ID, INBOUND_TRUNK_ID, OUTBOUND_TRUNK_ID, CREATED_AT, UPDATED_AT);

  private FamulorFields() {}
}
