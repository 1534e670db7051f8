package io.trunkline.plan;

import io.trunkline.core.Capability;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.NeutralField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of a number move, a trunk at an account, and how its vendor holds numbers, as the provider's capabilities
 * and field declaration say: in a trunk field it can read and write ({@code numbers}: the PBX's
 * {@code did_numbers}, Famulor's {@code phone_number}), or routed one by one (connect and disconnect: the channel
 * API), or not at all.
 */
final class NumberMoveEnd {
  /** How a vendor holds a trunk's numbers. */
  enum Holding {
    /** A trunk field, read with {@code get} and written with {@code update}. */
    FIELD,
    /** Routed one by one with {@code connectNumber} and {@code disconnectNumber}; not readable. */
    ROUTE,
    /** Neither. */
    NONE
  }

  final String account;
  final TrunkProvider provider;
  final String trunkId;
  final Holding holding;

  NumberMoveEnd(String account, TrunkProvider provider, String trunkId) {
    this.account = Objects.requireNonNull(account, "account");
    this.provider = Objects.requireNonNull(provider, "provider");
    this.trunkId = Objects.requireNonNull(trunkId, "trunkId");
    this.holding = holding(provider);
  }

  private static Holding holding(TrunkProvider provider) {
    boolean writableField = numbersField(provider).filter(f -> !f.readOnly()
        && (f.onUpdate() == FieldRequirement.Requirement.ACCEPTED
        || f.onUpdate() == FieldRequirement.Requirement.REQUIRED)).isPresent();
    if (writableField && provider.supports(Capability.GET) && provider.supports(Capability.UPDATE)) {
      return Holding.FIELD;
    }
    if (provider.supports(Capability.CONNECT_NUMBER) && provider.supports(Capability.DISCONNECT_NUMBER)) {
      return Holding.ROUTE;
    }
    return Holding.NONE;
  }

  /** The provider's declaration of the neutral {@code numbers} field, if it has one. */
  static Optional<FieldRequirement> numbersField(TrunkProvider provider) {
    return provider.metadata().trunkFields().stream()
        .filter(f -> f.neutralField().equals(Optional.of(NeutralField.NUMBERS))).findFirst();
  }

  /** Whether every trunk of this vendor must have a number (the field is required on create). */
  boolean numbersRequired() {
    return numbersField(provider).filter(f -> f.onCreate() == FieldRequirement.Requirement.REQUIRED).isPresent();
  }

  /** How messages name the numbers field: {@code numbers (did_numbers)}. */
  String numbersLabel() {
    return numbersField(provider).map(FieldRequirement::label).orElse("numbers");
  }

  /** Why this end cannot take part in a move, in words. */
  String cannotMove() {
    return "account '" + account + "' (" + provider.id() + ") cannot move numbers: its trunks have no numbers field"
        + " it can read and write, and it cannot connect and disconnect numbers (it supports "
        + provider.capabilities() + ")";
  }

  /** Whether this end is the same trunk as {@code other}. */
  boolean sameTrunk(NumberMoveEnd other) {
    return provider == other.provider && trunkId.equals(other.trunkId);
  }

  /** Whether both ends are at the same vendor: the same provider, or two accounts of the same provider id. */
  boolean sameVendor(NumberMoveEnd other) {
    return provider == other.provider || provider.id().equals(other.provider.id());
  }

  /** The trunk's numbers as its vendor writes them, read now. */
  List<String> readNumbers() {
    return provider.get(trunkId).numbers();
  }

  /** {@code trunk 7 at eu-pbx (pbx)}, or {@code trunk 7 at pbx} when the account is named after its provider. */
  String describe() {
    return "trunk " + trunkId + " at " + (account.equals(provider.id()) ? account : account + " (" + provider.id()
        + ")");
  }

  @Override
  public String toString() {
    return describe();
  }
}
