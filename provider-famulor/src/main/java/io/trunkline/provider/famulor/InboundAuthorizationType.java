package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * Famulor's inbound authorization type ({@link FamulorSipTrunk#inboundAuthorizationType()}): how inbound calls from the SIP provider are authenticated. Values
 * this SDK does not know are kept as sent, but refused when creating or updating.
 */
public final class InboundAuthorizationType extends StringEnum {
  /** The same SIP user name and password as outbound. */
  public static final InboundAuthorizationType AUTH = new InboundAuthorizationType("auth");
  /** An allow-list of source IP addresses ({@link FamulorSipTrunk#allowedInboundIps()}). */
  public static final InboundAuthorizationType IP = new InboundAuthorizationType("ip");

  private static final Map<String, InboundAuthorizationType> KNOWN = index(AUTH, IP);

  private InboundAuthorizationType(String value) {
    super(value);
  }

  /** The constant for {@code value}; an unknown value is kept as it is. */
  @JsonCreator
  public static InboundAuthorizationType of(String value) {
    return lookup(KNOWN, value, InboundAuthorizationType::new);
  }

  /** True for the values Famulor documents. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}
