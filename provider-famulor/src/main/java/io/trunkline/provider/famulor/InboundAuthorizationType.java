package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Famulor's inbound authorization type ({@link FamulorSipTrunk#inboundAuthorizationType()}): how inbound calls
 * from the SIP provider are authenticated. A value this SDK does not know yet is kept as sent (see
 * {@link #isKnown()}), but refused when creating or updating.
 */
public record InboundAuthorizationType(String value) {
  /** The same SIP user name and password as outbound. */
  public static final InboundAuthorizationType AUTH = new InboundAuthorizationType("auth");
  /** An allow-list of source IP addresses ({@link FamulorSipTrunk#allowedInboundIps()}). */
  public static final InboundAuthorizationType IP = new InboundAuthorizationType("ip");
  private static final List<InboundAuthorizationType> KNOWN = List.of(AUTH, IP);

  /** Any value, known or not; never null. */
  public InboundAuthorizationType {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static InboundAuthorizationType of(String value) {
    return new InboundAuthorizationType(value);
  }

  /** The vendor's value, exactly as sent. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** True for the values Famulor documents. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
