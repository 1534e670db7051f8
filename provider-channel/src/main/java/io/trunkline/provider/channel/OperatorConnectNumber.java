package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The vendor's answer to setting an Operator Connect number type
 * ({@code PUT /v1/channel-number-operator-connect/{channel}}), a JSON-LD object:
 * {@code {"@context": "/contexts/ChannelNumberOperatorConnect", "@id": "/channel_number_operator_connects/<channel>",
 * "@type": "ChannelNumberOperatorConnect", "numbers": "004921141873130", "number_type": "Resource Account"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOperatorConnectNumber.class)
@JsonDeserialize(as = ImmutableOperatorConnectNumber.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class OperatorConnectNumber {
  /** {@code @context}. */
  @JsonProperty("@context")
  public abstract Optional<String> context();

  /** {@code @id}: the resource's IRI, such as {@code /channel_number_operator_connects/dutchoperatorconnect}. */
  @JsonProperty("@id")
  public abstract Optional<String> iri();

  /** {@code @type}: {@code ChannelNumberOperatorConnect}. */
  @JsonProperty("@type")
  public abstract Optional<String> type();

  /**
   * {@code numbers} (plural, although the request field is {@code number}; {@code number} is read too): the
   * number as the vendor writes it. The example sends one string; a JSON array is read as well.
   */
  @JsonProperty("numbers")
  @JsonAlias("number")
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  public abstract List<String> numbers();

  /** {@code number_type}. */
  @JsonProperty("number_type")
  public abstract Optional<OperatorConnectNumberType> numberType();

  /** Fields the document does not describe, kept as the vendor sent them. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableOperatorConnectNumber.Builder builder() {
    return ImmutableOperatorConnectNumber.builder();
  }
}
