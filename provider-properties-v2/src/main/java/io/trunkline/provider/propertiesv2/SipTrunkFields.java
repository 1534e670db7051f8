package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import io.trunkline.provider.propertiesv2.internal.UnixTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The "common response parameters" of a SIP trunk, which the list and the details answer both carry. Every field
 * but the id is optional, so a sparse answer still reads.
 */
public interface SipTrunkFields {
  /** The secure identifier of the SIP trunk. */
  @JsonProperty(PropertiesV2Fields.SID)
  String sipTrunkSid();

  /** When the trunk was created (Unix seconds, UTC, on the wire). */
  @JsonProperty(PropertiesV2Fields.CREATED)
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> created();

  /** When the trunk was last modified. */
  @JsonProperty(PropertiesV2Fields.MODIFIED)
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> modified();

  /** When the trunk was deactivated; absent (or {@code 0} on the wire) while it is active. */
  @JsonProperty(PropertiesV2Fields.END_DATE)
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> endDate();

  @JsonProperty(PropertiesV2Fields.NAME)
  Optional<String> name();

  /** IP to IP (0) or authenticated (1). */
  @JsonProperty(PropertiesV2Fields.TYPE)
  Optional<SipTrunkType> type();

  /** The maximum number of concurrent channels. */
  @JsonProperty(PropertiesV2Fields.CHANNEL_LIMIT)
  Optional<Integer> channelLimit();

  /** A customer-provided reference. */
  @JsonProperty(PropertiesV2Fields.CUSTOMER_REFERENCE)
  Optional<String> customerReference();

  /** An external reference. */
  @JsonProperty(PropertiesV2Fields.EXTERNAL_REFERENCE)
  Optional<String> externalReference();

  /** The default caller ID, {@code +E.164}. */
  @JsonProperty(PropertiesV2Fields.DEFAULT_CALLER_ID)
  Optional<String> defaultCallerId();

  @JsonProperty(PropertiesV2Fields.PROVISIONING_STATE)
  Optional<SipTrunkProvisioning> provisioningState();

  /** Fields the document does not list, kept as the vendor sent them. */
  @JsonAnyGetter
  Map<String, JsonNode> extraFields();
}
