package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import io.trunkline.provider.propertiesv2.internal.UnixTime;
import java.time.Instant;
import java.util.Optional;

/**
 * The created and modified stamps (Unix seconds, UTC, on the wire) of the entries of a trunk's lists
 * (allowed countries, IP addresses).
 */
public interface TimestampedEntry {
  /** When it was created. */
  @JsonProperty(PropertiesV2Fields.CREATED)
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> created();

  /** When it was last modified. */
  @JsonProperty(PropertiesV2Fields.MODIFIED)
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> modified();
}
