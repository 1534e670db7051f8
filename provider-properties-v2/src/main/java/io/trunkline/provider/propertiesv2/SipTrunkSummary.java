package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A SIP trunk as {@code GET /v2/Properties/{PropertySid}/SipTrunks} lists it: the common fields only. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkSummary.class)
@JsonDeserialize(as = ImmutableSipTrunkSummary.class)
public abstract class SipTrunkSummary implements SipTrunkFields {
  public static ImmutableSipTrunkSummary.Builder builder() {
    return ImmutableSipTrunkSummary.builder();
  }
}
