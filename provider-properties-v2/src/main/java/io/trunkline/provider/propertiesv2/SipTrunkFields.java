package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The "common response parameters" of a SIP trunk, which the list and the details answer both carry. Every field
 * but {@code SipTrunkSid} is optional, so a sparse answer still reads.
 */
public interface SipTrunkFields {
  /** The secure identifier of the SIP trunk. */
  @JsonProperty("SipTrunkSid")
  String sipTrunkSid();

  /** When the trunk was created (Unix seconds, UTC, on the wire). */
  @JsonProperty("Created")
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> created();

  /** When the trunk was last modified. */
  @JsonProperty("Modified")
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> modified();

  /** When the trunk was deactivated; absent (or {@code 0} on the wire) while it is active. */
  @JsonProperty("EndDate")
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> endDate();

  @JsonProperty("Name")
  Optional<String> name();

  /** IP to IP (0) or authenticated (1). */
  @JsonProperty("Type")
  Optional<SipTrunkType> type();

  /** The maximum number of concurrent channels. */
  @JsonProperty("ChannelLimit")
  Optional<Integer> channelLimit();

  /** A customer-provided reference. */
  @JsonProperty("CustomerReference")
  Optional<String> customerReference();

  /** An external reference. */
  @JsonProperty("ExternalReference")
  Optional<String> externalReference();

  /** The default caller ID, {@code +E.164}. */
  @JsonProperty("DefaultCallerId")
  Optional<String> defaultCallerId();

  @JsonProperty("ProvisioningState")
  Optional<ProvisioningState> provisioningState();

  /** Fields the document does not list, kept as the vendor sent them. */
  @JsonAnyGetter
  Map<String, JsonNode> extraFields();
}
