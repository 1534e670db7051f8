package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outbound parameters of a PBX trunk: what the PBX writes into each SIP header of an outbound call, one
 * typed rule per header part, plus {@code privacy_types_supported}. The names follow the PBX exactly, including
 * its spelling "identify" in the P-Preferred-Identity keys.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxOutboundParameters.class)
@JsonDeserialize(as = ImmutablePbxOutboundParameters.class)
public abstract class PbxOutboundParameters {
  /** {@code request_line_uri_user_part}. */
  @JsonProperty("request_line_uri_user_part")
  public abstract Optional<PbxUserPartRule> requestLineUriUserPart();

  /** {@code request_line_uri_host_part}. */
  @JsonProperty("request_line_uri_host_part")
  public abstract Optional<PbxHostPartRule> requestLineUriHostPart();

  /** {@code contact_user_part}. */
  @JsonProperty("contact_user_part")
  public abstract Optional<PbxUserPartRule> contactUserPart();

  /** {@code contact_host_part}. */
  @JsonProperty("contact_host_part")
  public abstract Optional<PbxHostPartRule> contactHostPart();

  /** {@code to_display_name}. */
  @JsonProperty("to_display_name")
  public abstract Optional<PbxUserPartRule> toDisplayName();

  /** {@code to_user_part}. */
  @JsonProperty("to_user_part")
  public abstract Optional<PbxUserPartRule> toUserPart();

  /** {@code to_host_part}. */
  @JsonProperty("to_host_part")
  public abstract Optional<PbxHostPartRule> toHostPart();

  /** {@code from_display_name}. */
  @JsonProperty("from_display_name")
  public abstract Optional<PbxUserPartRule> fromDisplayName();

  /** {@code from_user_part}. */
  @JsonProperty("from_user_part")
  public abstract Optional<PbxUserPartRule> fromUserPart();

  /** {@code from_host_part}. */
  @JsonProperty("from_host_part")
  public abstract Optional<PbxHostPartRule> fromHostPart();

  /** {@code remote_party_id_called_party_display_name}. */
  @JsonProperty("remote_party_id_called_party_display_name")
  public abstract Optional<PbxUserPartRule> remotePartyIdCalledPartyDisplayName();

  /** {@code remote_party_id_called_party_user_part}. */
  @JsonProperty("remote_party_id_called_party_user_part")
  public abstract Optional<PbxUserPartRule> remotePartyIdCalledPartyUserPart();

  /** {@code remote_party_id_called_party_host_part}. */
  @JsonProperty("remote_party_id_called_party_host_part")
  public abstract Optional<PbxHostPartRule> remotePartyIdCalledPartyHostPart();

  /** {@code remote_party_id_calling_party_display_name}. */
  @JsonProperty("remote_party_id_calling_party_display_name")
  public abstract Optional<PbxUserPartRule> remotePartyIdCallingPartyDisplayName();

  /** {@code remote_party_id_calling_party_user_part}. */
  @JsonProperty("remote_party_id_calling_party_user_part")
  public abstract Optional<PbxUserPartRule> remotePartyIdCallingPartyUserPart();

  /** {@code remote_party_id_calling_party_host_part}. */
  @JsonProperty("remote_party_id_calling_party_host_part")
  public abstract Optional<PbxHostPartRule> remotePartyIdCallingPartyHostPart();

  /** {@code p_asserted_identity_display_name}. */
  @JsonProperty("p_asserted_identity_display_name")
  public abstract Optional<PbxUserPartRule> pAssertedIdentityDisplayName();

  /** {@code p_asserted_identity_user_part}. */
  @JsonProperty("p_asserted_identity_user_part")
  public abstract Optional<PbxUserPartRule> pAssertedIdentityUserPart();

  /** {@code p_asserted_identity_host_part}. */
  @JsonProperty("p_asserted_identity_host_part")
  public abstract Optional<PbxHostPartRule> pAssertedIdentityHostPart();

  /** {@code p_preferred_identify_display_name}. */
  @JsonProperty("p_preferred_identify_display_name")
  public abstract Optional<PbxUserPartRule> pPreferredIdentifyDisplayName();

  /** {@code p_preferred_identify_user_part}. */
  @JsonProperty("p_preferred_identify_user_part")
  public abstract Optional<PbxUserPartRule> pPreferredIdentifyUserPart();

  /** {@code p_preferred_identify_host_part}. */
  @JsonProperty("p_preferred_identify_host_part")
  public abstract Optional<PbxHostPartRule> pPreferredIdentifyHostPart();

  /** {@code p_called_party_id_display_name}. */
  @JsonProperty("p_called_party_id_display_name")
  public abstract Optional<PbxUserPartRule> pCalledPartyIdDisplayName();

  /** {@code p_called_party_id_user_part}. */
  @JsonProperty("p_called_party_id_user_part")
  public abstract Optional<PbxUserPartRule> pCalledPartyIdUserPart();

  /** {@code p_called_party_id_host_part}. */
  @JsonProperty("p_called_party_id_host_part")
  public abstract Optional<PbxHostPartRule> pCalledPartyIdHostPart();

  /** {@code privacy_types_supported}. */
  @JsonProperty("privacy_types_supported")
  public abstract Optional<PbxPrivacyType> privacyTypesSupported();

  /** Fields of later PBX versions, kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxOutboundParameters.Builder builder() {
    return ImmutablePbxOutboundParameters.builder();
  }
}
