package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.trunkline.provider.flex.internal.FlexFields;
import java.io.IOException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A trunk's IP authentication request ({@link FlexTrunkSettings#hostRequest()}): the SIP endpoint's public static IP address and,
 * in responses, the state of Wavix's manual review (for example {@code pending}; the full list is not
 * documented). Sending one on create or update asks Wavix to switch the trunk to IP authentication.
 *
 * <p>The Wavix schema types the list's request as a string holding only the status, while its
 * example shows the object; both are read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexHostRequest.class)
@JsonDeserialize(using = FlexHostRequest.Reader.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class FlexHostRequest {
  /** The SIP endpoint's public static IP address. */
  @JsonProperty(FlexFields.HOST)
  public abstract Optional<String> host();

  /** The review state as Wavix reports it, for example {@code pending}. */
  @JsonProperty(FlexFields.STATUS)
  public abstract Optional<String> status();

  /** A request for IP authentication from {@code host}. */
  public static FlexHostRequest of(String host) {
    return builder().host(host).build();
  }

  public static ImmutableFlexHostRequest.Builder builder() {
    return ImmutableFlexHostRequest.builder();
  }

  /** Reads {@code {"host": "…", "status": "…"}} or a bare status string. */
  static final class Reader extends StdDeserializer<FlexHostRequest> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(FlexHostRequest.class);
    }

    @Override
    public FlexHostRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (node.isTextual()) {
        return builder().status(node.asText()).build();
      }
      if (!node.isObject()) {
        return ctxt.reportInputMismatch(FlexHostRequest.class,
            FlexFields.HOST_REQUEST + " must be an object or a string");
      }
      ImmutableFlexHostRequest.Builder b = builder();
      text(node, FlexFields.HOST).ifPresent(b::host);
      text(node, FlexFields.STATUS).ifPresent(b::status);
      return b.build();
    }

    private static Optional<String> text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value != null && value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }
  }
}
