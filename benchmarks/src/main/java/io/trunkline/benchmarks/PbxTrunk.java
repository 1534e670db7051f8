package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * The limit's PBX trunk: every field of "Retrieve a provider" (vendors.md section 003) plus the two of later PBX
 * versions, each with its natural type, as a careful engineer binds it in a one-vendor client: enums for the two
 * closed sets, primitives for numbers and flags, the two {@code ;}-separated lists split into lists, the nested
 * parameters as small records. A summary item (8 fields) leaves the rest at null, 0 or false. Read from a
 * streaming {@link JsonParser}, field by field; unknown fields skipped.
 */
public record PbxTrunk(
    String id, String name, boolean enabled, String brand, AuthMode authMode, Transport transport,
    String hostname, int port, String authId, String username, boolean registration, int registerInterval,
    String outboundServer, int outboundServerPort, boolean inlan, boolean singleViaHeader, boolean rewriteViaIp,
    boolean verifyPort, boolean keepAlive, int keepAliveInterval, int concurrency, List<String> additionalIps,
    boolean adjustSdpDirection, boolean removeSrtpInfo, boolean stirShakenSignatureRequired,
    List<String> didNumbers, Inbound inboundParameters, Outbound outboundParameters, boolean removePlusPrefix,
    boolean forceOutboundProxy, boolean shared) {

  public enum AuthMode { IP_AUTH, REGISTER_AUTH, ACCEPT_REGISTER }

  public enum Transport { UDP, TCP, TLS }

  /** {@code inbound_parameters}. */
  public record Inbound(String callerNum, String callerDisplayName, String calledNum, String privacyTypesSupported,
      boolean enableStirShakenValidation, String paiHeaderParameterName,
      List<String> dropCallsWithVerificationStatus, boolean passApiHeaderToUad) {}

  /** One header rule of {@code outbound_parameters}: {@code {"value": ..., "custom_value": ...}}. */
  public record Rule(String value, String customValue) {}

  /** {@code outbound_parameters}: a rule per header part, and the privacy types. */
  public record Outbound(
      Rule requestLineUriUserPart, Rule requestLineUriHostPart, Rule contactUserPart, Rule contactHostPart,
      Rule toDisplayName, Rule toUserPart, Rule toHostPart, Rule fromDisplayName, Rule fromUserPart,
      Rule fromHostPart, Rule remotePartyIdCalledPartyDisplayName, Rule remotePartyIdCalledPartyUserPart,
      Rule remotePartyIdCalledPartyHostPart, Rule remotePartyIdCallingPartyDisplayName,
      Rule remotePartyIdCallingPartyUserPart, Rule remotePartyIdCallingPartyHostPart,
      Rule pAssertedIdentityDisplayName, Rule pAssertedIdentityUserPart, Rule pAssertedIdentityHostPart,
      Rule pPreferredIdentifyDisplayName, Rule pPreferredIdentifyUserPart, Rule pPreferredIdentifyHostPart,
      Rule pCalledPartyIdDisplayName, Rule pCalledPartyIdUserPart, Rule pCalledPartyIdHostPart,
      String privacyTypesSupported) {

    /** The JSON names of the rules, in the record's order. */
    static final List<String> RULES = List.of(
        "request_line_uri_user_part", "request_line_uri_host_part", "contact_user_part", "contact_host_part",
        "to_display_name", "to_user_part", "to_host_part", "from_display_name", "from_user_part", "from_host_part",
        "remote_party_id_called_party_display_name", "remote_party_id_called_party_user_part",
        "remote_party_id_called_party_host_part", "remote_party_id_calling_party_display_name",
        "remote_party_id_calling_party_user_part", "remote_party_id_calling_party_host_part",
        "p_asserted_identity_display_name", "p_asserted_identity_user_part", "p_asserted_identity_host_part",
        "p_preferred_identify_display_name", "p_preferred_identify_user_part", "p_preferred_identify_host_part",
        "p_called_party_id_display_name", "p_called_party_id_user_part", "p_called_party_id_host_part");

    /** The rule named {@code name} (one of {@link #RULES}). */
    Rule rule(String name) {
      return switch (name) {
        case "request_line_uri_user_part" -> requestLineUriUserPart;
        case "request_line_uri_host_part" -> requestLineUriHostPart;
        case "contact_user_part" -> contactUserPart;
        case "contact_host_part" -> contactHostPart;
        case "to_display_name" -> toDisplayName;
        case "to_user_part" -> toUserPart;
        case "to_host_part" -> toHostPart;
        case "from_display_name" -> fromDisplayName;
        case "from_user_part" -> fromUserPart;
        case "from_host_part" -> fromHostPart;
        case "remote_party_id_called_party_display_name" -> remotePartyIdCalledPartyDisplayName;
        case "remote_party_id_called_party_user_part" -> remotePartyIdCalledPartyUserPart;
        case "remote_party_id_called_party_host_part" -> remotePartyIdCalledPartyHostPart;
        case "remote_party_id_calling_party_display_name" -> remotePartyIdCallingPartyDisplayName;
        case "remote_party_id_calling_party_user_part" -> remotePartyIdCallingPartyUserPart;
        case "remote_party_id_calling_party_host_part" -> remotePartyIdCallingPartyHostPart;
        case "p_asserted_identity_display_name" -> pAssertedIdentityDisplayName;
        case "p_asserted_identity_user_part" -> pAssertedIdentityUserPart;
        case "p_asserted_identity_host_part" -> pAssertedIdentityHostPart;
        case "p_preferred_identify_display_name" -> pPreferredIdentifyDisplayName;
        case "p_preferred_identify_user_part" -> pPreferredIdentifyUserPart;
        case "p_preferred_identify_host_part" -> pPreferredIdentifyHostPart;
        case "p_called_party_id_display_name" -> pCalledPartyIdDisplayName;
        case "p_called_party_id_user_part" -> pCalledPartyIdUserPart;
        case "p_called_party_id_host_part" -> pCalledPartyIdHostPart;
        default -> throw new IllegalArgumentException(name);
      };
    }
  }

  /** Reads the object the parser is at (its START_OBJECT), up to its END_OBJECT. */
  static PbxTrunk read(JsonParser p) throws IOException {
    RawHttp.expect(p, JsonToken.START_OBJECT);
    String id = null;
    String name = null;
    boolean enabled = false;
    String brand = null;
    AuthMode authMode = null;
    Transport transport = null;
    String hostname = null;
    int port = 0;
    String authId = null;
    String username = null;
    boolean registration = false;
    int registerInterval = 0;
    String outboundServer = null;
    int outboundServerPort = 0;
    boolean inlan = false;
    boolean singleViaHeader = false;
    boolean rewriteViaIp = false;
    boolean verifyPort = false;
    boolean keepAlive = false;
    int keepAliveInterval = 0;
    int concurrency = 0;
    List<String> additionalIps = List.of();
    boolean adjustSdpDirection = false;
    boolean removeSrtpInfo = false;
    boolean stirShakenSignatureRequired = false;
    List<String> didNumbers = List.of();
    Inbound inbound = null;
    Outbound outbound = null;
    boolean removePlusPrefix = false;
    boolean forceOutboundProxy = false;
    boolean shared = false;
    String field;
    while ((field = p.nextFieldName()) != null) {
      p.nextToken();
      switch (field) {
        case "id" -> id = RawHttp.text(p);
        case "name" -> name = RawHttp.text(p);
        case "enabled" -> enabled = p.getBooleanValue();
        case "brand" -> brand = RawHttp.text(p);
        case "auth_mode" -> authMode = AuthMode.valueOf(p.getText());
        case "transport" -> transport = Transport.valueOf(p.getText());
        case "hostname" -> hostname = RawHttp.text(p);
        case "port" -> port = RawHttp.integer(p, 0);
        case "auth_id" -> authId = RawHttp.text(p);
        case "username" -> username = RawHttp.text(p);
        case "registration" -> registration = p.getBooleanValue();
        case "register_interval" -> registerInterval = RawHttp.integer(p, 0);
        case "outbound_server" -> outboundServer = RawHttp.text(p);
        case "outbound_server_port" -> outboundServerPort = RawHttp.integer(p, 0);
        case "inlan" -> inlan = p.getBooleanValue();
        case "single_via_header" -> singleViaHeader = p.getBooleanValue();
        case "rewrite_via_ip" -> rewriteViaIp = p.getBooleanValue();
        case "verify_port" -> verifyPort = p.getBooleanValue();
        case "keep_alive" -> keepAlive = p.getBooleanValue();
        case "keep_alive_interval" -> keepAliveInterval = RawHttp.integer(p, 0);
        case "concurrency" -> concurrency = RawHttp.integer(p, 0);
        case "additional_ips" -> additionalIps = RawHttp.split(RawHttp.text(p));
        case "adjust_sdp_direction" -> adjustSdpDirection = p.getBooleanValue();
        case "remove_srtp_info" -> removeSrtpInfo = p.getBooleanValue();
        case "stir_shaken_signature_required" -> stirShakenSignatureRequired = p.getBooleanValue();
        case "did_numbers" -> didNumbers = RawHttp.split(RawHttp.text(p));
        case "inbound_parameters" -> inbound = p.currentToken() == JsonToken.VALUE_NULL ? null : inbound(p);
        case "outbound_parameters" -> outbound = p.currentToken() == JsonToken.VALUE_NULL ? null : outbound(p);
        case "remove_plus_prefix" -> removePlusPrefix = p.getBooleanValue();
        case "force_outbound_proxy" -> forceOutboundProxy = p.getBooleanValue();
        case "shared" -> shared = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new PbxTrunk(id, name, enabled, brand, authMode, transport, hostname, port, authId, username,
        registration, registerInterval, outboundServer, outboundServerPort, inlan, singleViaHeader, rewriteViaIp,
        verifyPort, keepAlive, keepAliveInterval, concurrency, additionalIps, adjustSdpDirection, removeSrtpInfo,
        stirShakenSignatureRequired, didNumbers, inbound, outbound, removePlusPrefix, forceOutboundProxy, shared);
  }

  private static Inbound inbound(JsonParser p) throws IOException {
    RawHttp.expect(p, JsonToken.START_OBJECT);
    String callerNum = null;
    String callerDisplayName = null;
    String calledNum = null;
    String privacy = null;
    boolean stirShaken = false;
    String pai = null;
    List<String> drop = List.of();
    boolean passApi = false;
    String field;
    while ((field = p.nextFieldName()) != null) {
      p.nextToken();
      switch (field) {
        case "caller_num" -> callerNum = RawHttp.text(p);
        case "caller_display_name" -> callerDisplayName = RawHttp.text(p);
        case "called_num" -> calledNum = RawHttp.text(p);
        case "privacy_types_supported" -> privacy = RawHttp.text(p);
        case "enable_stir_shaken_validation" -> stirShaken = p.getBooleanValue();
        case "pai_header_parameter_name" -> pai = RawHttp.text(p);
        case "drop_calls_with_verification_status" -> drop = RawHttp.strings(p);
        case "pass_api_header_to_uad" -> passApi = p.getBooleanValue();
        default -> p.skipChildren();
      }
    }
    return new Inbound(callerNum, callerDisplayName, calledNum, privacy, stirShaken, pai, drop, passApi);
  }

  private static Outbound outbound(JsonParser p) throws IOException {
    RawHttp.expect(p, JsonToken.START_OBJECT);
    Rule[] r = new Rule[25];
    String privacy = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      p.nextToken();
      int at = switch (field) {
        case "request_line_uri_user_part" -> 0;
        case "request_line_uri_host_part" -> 1;
        case "contact_user_part" -> 2;
        case "contact_host_part" -> 3;
        case "to_display_name" -> 4;
        case "to_user_part" -> 5;
        case "to_host_part" -> 6;
        case "from_display_name" -> 7;
        case "from_user_part" -> 8;
        case "from_host_part" -> 9;
        case "remote_party_id_called_party_display_name" -> 10;
        case "remote_party_id_called_party_user_part" -> 11;
        case "remote_party_id_called_party_host_part" -> 12;
        case "remote_party_id_calling_party_display_name" -> 13;
        case "remote_party_id_calling_party_user_part" -> 14;
        case "remote_party_id_calling_party_host_part" -> 15;
        case "p_asserted_identity_display_name" -> 16;
        case "p_asserted_identity_user_part" -> 17;
        case "p_asserted_identity_host_part" -> 18;
        case "p_preferred_identify_display_name" -> 19;
        case "p_preferred_identify_user_part" -> 20;
        case "p_preferred_identify_host_part" -> 21;
        case "p_called_party_id_display_name" -> 22;
        case "p_called_party_id_user_part" -> 23;
        case "p_called_party_id_host_part" -> 24;
        case "privacy_types_supported" -> -1;
        default -> -2;
      };
      if (at >= 0) {
        r[at] = rule(p);
      } else if (at == -1) {
        privacy = RawHttp.text(p);
      } else {
        p.skipChildren();
      }
    }
    return new Outbound(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13],
        r[14], r[15], r[16], r[17], r[18], r[19], r[20], r[21], r[22], r[23], r[24], privacy);
  }

  private static Rule rule(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    RawHttp.expect(p, JsonToken.START_OBJECT);
    String value = null;
    String custom = null;
    String field;
    while ((field = p.nextFieldName()) != null) {
      p.nextToken();
      switch (field) {
        case "value" -> value = RawHttp.text(p);
        case "custom_value" -> custom = RawHttp.text(p);
        default -> p.skipChildren();
      }
    }
    return new Rule(value, custom);
  }
}
