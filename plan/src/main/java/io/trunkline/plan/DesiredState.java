package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a desired-state file says: the accounts, and the trunks wanted at them. Read one with
 * {@link DesiredStateReader}; plan it with {@link Planner}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDesiredState.class)
@JsonDeserialize(as = ImmutableDesiredState.class)
@JsonPropertyOrder({"accounts", "trunks"})
public abstract class DesiredState {
  @JsonPropertyDescription("The accounts trunks are wanted at; the same form as the inventory config.")
  public abstract List<AccountSpec> accounts();

  @JsonPropertyDescription("The trunks wanted, each at one of the accounts, found there by its name.")
  public abstract List<DesiredTrunk> trunks();

  /** The account {@code id}, if the file has it. */
  public Optional<AccountSpec> account(String id) {
    return accounts().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (AccountSpec account : accounts()) {
      if (!ids.add(account.id())) {
        throw new IllegalStateException("accounts: the id '" + account.id() + "' is used twice");
      }
    }
    Set<String> keys = new HashSet<>();
    for (DesiredTrunk trunk : trunks()) {
      if (!ids.contains(trunk.account())) {
        throw new IllegalStateException("trunks: the trunk '" + trunk.name() + "' names the account '"
            + trunk.account() + "', which is not in accounts");
      }
      if (!keys.add(trunk.account() + "\n" + trunk.name())) {
        throw new IllegalStateException("trunks: the name '" + trunk.name() + "' is used twice at the account '"
            + trunk.account() + "'");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DesiredState}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableDesiredState.Builder {
    Builder() {}
  }
}
