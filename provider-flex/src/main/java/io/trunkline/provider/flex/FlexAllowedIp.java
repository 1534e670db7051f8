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
 * One entry of a trunk's allowed IP addresses ({@link FlexTrunk#allowedIps()}): a public static IP address allowed to register with the trunk, and
 * in responses its id in the list. Requests carry only the address ({@code {"ip": "…"}}). A bare string, as the
 * 2024 Node SDK typed the list, is read as an address without id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexAllowedIp.class)
@JsonDeserialize(using = FlexAllowedIp.Reader.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class FlexAllowedIp {
  /** The entry's id in the list (responses only). */
  @JsonProperty(FlexFields.ID)
  public abstract Optional<Long> id();

  /** The public static IP address. */
  @JsonProperty(FlexFields.IP)
  public abstract String ip();

  /** An address without id, as requests send it. */
  public static FlexAllowedIp of(String ip) {
    return ImmutableFlexAllowedIp.builder().ip(ip).build();
  }

  public static ImmutableFlexAllowedIp.Builder builder() {
    return ImmutableFlexAllowedIp.builder();
  }

  /** Reads {@code {"id": 6712, "ip": "…"}} or a bare {@code "…"}. */
  static final class Reader extends StdDeserializer<FlexAllowedIp> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(FlexAllowedIp.class);
    }

    @Override
    public FlexAllowedIp deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonNode node = ctxt.readTree(p);
      if (node.isTextual()) {
        return of(node.asText());
      }
      JsonNode ip = node.get(FlexFields.IP);
      if (!node.isObject() || ip == null || !ip.isTextual()) {
        return ctxt.reportInputMismatch(FlexAllowedIp.class,
            "an entry of " + FlexFields.ALLOWED_IPS + " must be an object with a text '" + FlexFields.IP
                + "' or a string");
      }
      ImmutableFlexAllowedIp.Builder b = builder().ip(ip.asText());
      JsonNode id = node.get(FlexFields.ID);
      if (id != null && id.canConvertToLong() && id.isIntegralNumber()) {
        b.id(id.asLong());
      }
      return b.build();
    }
  }
}
