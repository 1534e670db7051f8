package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * The Microsoft Teams Operator Connect type of a number on a channel: {@code "User"}, {@code "Resource Account"}
 * or {@code ""} (none). A value the document does not list is kept as read ({@link #isKnown()} is false) but
 * refused when sent.
 */
public final class OperatorConnectNumberType extends StringEnum {
  /** {@code "User"}: the number belongs to a Teams user. */
  public static final OperatorConnectNumberType USER = new OperatorConnectNumberType("User");
  /** {@code "Resource Account"}: the number belongs to a Teams resource account (auto attendant, call queue). */
  public static final OperatorConnectNumberType RESOURCE_ACCOUNT = new OperatorConnectNumberType("Resource Account");
  /** {@code ""}: no type. */
  public static final OperatorConnectNumberType NONE = new OperatorConnectNumberType("");

  private static final Map<String, OperatorConnectNumberType> KNOWN = index(USER, RESOURCE_ACCOUNT, NONE);

  private OperatorConnectNumberType(String value) {
    super(value);
  }

  /** The constant for {@code value}, exactly as the vendor spells it; any other value is kept as it came. */
  @JsonCreator
  public static OperatorConnectNumberType of(String value) {
    return lookup(KNOWN, value, OperatorConnectNumberType::new);
  }

  /** Whether the document lists this value. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}
