package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The Microsoft Teams Operator Connect type of a number on a channel: {@code "User"}, {@code "Resource Account"}
 * or {@code ""} (none). A value the document does not list is kept as read ({@link #isKnown()} is false) but
 * refused when sent.
 *
 * @param value the vendor's value, exactly as sent
 */
public record OperatorConnectNumberType(String value) {
  /** {@code "User"}: the number belongs to a Teams user. */
  public static final OperatorConnectNumberType USER = new OperatorConnectNumberType("User");
  /** {@code "Resource Account"}: the number belongs to a Teams resource account (auto attendant, call queue). */
  public static final OperatorConnectNumberType RESOURCE_ACCOUNT = new OperatorConnectNumberType("Resource Account");
  /** {@code ""}: no type. */
  public static final OperatorConnectNumberType NONE = new OperatorConnectNumberType("");
  private static final List<OperatorConnectNumberType> KNOWN = List.of(USER, RESOURCE_ACCOUNT, NONE);

  /** Any value, known or not; never null. */
  public OperatorConnectNumberType {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static OperatorConnectNumberType of(String value) {
    return new OperatorConnectNumberType(value);
  }

  /** The vendor's value, exactly as sent. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** True for a value the document lists. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
