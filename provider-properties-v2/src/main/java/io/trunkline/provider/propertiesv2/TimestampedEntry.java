package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;

/** The {@code Created} and {@code Modified} stamps (Unix seconds) that the entries of a trunk's lists carry in details. */
public interface TimestampedEntry {
  /** When the entry was added. */
  @JsonProperty("Created")
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> created();

  /** When the entry was last changed. */
  @JsonProperty("Modified")
  @JsonSerialize(contentUsing = UnixTime.Serializer.class)
  @JsonDeserialize(contentUsing = UnixTime.Deserializer.class)
  Optional<Instant> modified();
}
