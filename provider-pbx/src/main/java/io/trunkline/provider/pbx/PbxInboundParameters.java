package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The inbound parameters of a PBX trunk: where inbound calls' numbers come from, privacy and STIR/SHAKEN. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxInboundParameters.class)
@JsonDeserialize(as = ImmutablePbxInboundParameters.class)
public abstract class PbxInboundParameters {
  /** {@code caller_num}: the header the caller's number is read from. */
  @JsonProperty("caller_num")
  public abstract Optional<PbxHeaderSource> callerNum();

  /** {@code caller_display_name}: the header the caller's display name is read from. */
  @JsonProperty("caller_display_name")
  public abstract Optional<PbxHeaderSource> callerDisplayName();

  /** {@code called_num}: the header the called number is read from. */
  @JsonProperty("called_num")
  public abstract Optional<PbxHeaderSource> calledNum();

  /** {@code privacy_types_supported}. */
  @JsonProperty("privacy_types_supported")
  public abstract Optional<PbxPrivacyType> privacyTypesSupported();

  /** {@code enable_stir_shaken_validation}: verify STIR/SHAKEN on inbound calls; default false. */
  @JsonProperty("enable_stir_shaken_validation")
  public abstract Optional<Boolean> enableStirShakenValidation();

  /** {@code pai_header_parameter_name}: the P-Asserted-Identity parameter holding the result; default verstat. */
  @JsonProperty("pai_header_parameter_name")
  public abstract Optional<String> paiHeaderParameterName();

  /** {@code drop_calls_with_verification_status}: inbound calls with these statuses are dropped. */
  @JsonProperty("drop_calls_with_verification_status")
  public abstract Optional<List<PbxVerificationStatus>> dropCallsWithVerificationStatus();

  /** {@code pass_api_header_to_uad}: pass the header on to the user agent; default false. */
  @JsonProperty("pass_api_header_to_uad")
  public abstract Optional<Boolean> passApiHeaderToUad();

  /** Fields of later PBX versions, kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxInboundParameters.Builder builder() {
    return ImmutablePbxInboundParameters.builder();
  }
}
