package io.trunkline.plan;

import io.trunkline.core.TrunkProvider;
import java.util.Objects;

/**
 * Something a vendor keeps about a number beside the neutral API, re-applied where the number goes: channel's
 * Operator Connect number type is one (set with {@code ChannelClient.setOperatorConnectNumberType}; the channel API
 * drops it when the number is disconnected and has no call that reads it, so the caller says what it was).
 *
 * <p>{@link NumberMove} applies it on the target trunk once the number is there, and again on the source trunk when
 * it puts the number back there by connecting it.
 */
public interface NumberMoveExtra {
  /** What it keeps, in words: {@code Operator Connect number type "User"}. */
  String describe();

  /** Applies it to {@code number} on trunk {@code trunkId} of {@code provider}; a failure is thrown. */
  void applyTo(TrunkProvider provider, String trunkId, String number);

  /** An extra described by {@code description} and applied by {@code action}. */
  static NumberMoveExtra of(String description, Action action) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(action, "action");
    return new NumberMoveExtra() {
      @Override
      public String describe() {
        return description;
      }

      @Override
      public void applyTo(TrunkProvider provider, String trunkId, String number) {
        action.apply(provider, trunkId, number);
      }

      @Override
      public String toString() {
        return description;
      }
    };
  }

  /** The call that applies an extra. */
  @FunctionalInterface
  interface Action {
    void apply(TrunkProvider provider, String trunkId, String number);
  }
}
