package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One live trunk as a plan saw it: its id, its name and, for a trunk the file names, a hash of the live values of
 * the fields the plan compared. A saved plan is applied only while every account still shows the same trunks with
 * the same hashes ({@link Applier#applySaved}); the hash is of values the vendor shows, which never include a secret.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableObservedTrunk.class)
@JsonDeserialize(as = ImmutableObservedTrunk.class)
@JsonPropertyOrder({"id", "name", "fields"})
public abstract class ObservedTrunk {
  public abstract String id();

  public abstract Optional<String> name();

  /**
   * The SHA-256 (hex) of the compared fields' live values; empty for a trunk the file does not name. A plan made now
   * computes it when first asked (a saved plan written or checked), not while planning.
   */
  public Optional<String> fields() {
    return fingerprint().map(Fingerprint::hex);
  }

  /** What {@link #fields()} is the hash of, or the hash a saved plan holds; saved as {@code fields}. */
  @JsonProperty("fields")
  abstract Optional<Fingerprint> fingerprint();

  /** {@code "Berlin main" (id 7)}. */
  String label() {
    return Step.builder().action(Step.Action.DELETE).name(name()).id(id()).build().label();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ObservedTrunk}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableObservedTrunk.Builder {
    Builder() {}
  }
}
