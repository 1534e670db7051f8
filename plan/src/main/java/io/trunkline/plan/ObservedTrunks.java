package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.trunkline.core.model.SipTrunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What {@link AccountPlan#observed()} lists: every live trunk a plan read at one account, once each (by id, where
 * first listed), with the fingerprint of those the file names. A plan made now keeps the listing and the fingerprints
 * and makes the list when it is first asked for (a saved plan written or checked), as {@link Fingerprint} hashes: a
 * plan that is only printed or applied never pays for it. A saved plan's list is the one it holds.
 */
final class ObservedTrunks {
  private final List<SipTrunk> listed;
  private final Supplier<Fingerprint[]> fingerprints;
  private volatile List<ObservedTrunk> list;

  private ObservedTrunks(List<SipTrunk> listed, Supplier<Fingerprint[]> fingerprints, List<ObservedTrunk> list) {
    this.listed = listed;
    this.fingerprints = fingerprints;
    this.list = list;
  }

  /**
   * The trunks {@code listed}, in order, with the fingerprints {@code fingerprints} makes (at their positions, null:
   * not named) when the list is first asked for: a plan that is never saved makes no fingerprint.
   */
  static ObservedTrunks of(List<SipTrunk> listed, Supplier<Fingerprint[]> fingerprints) {
    return new ObservedTrunks(listed, fingerprints, null);
  }

  /** The list a saved plan holds. */
  @JsonCreator
  static ObservedTrunks saved(List<ObservedTrunk> list) {
    return new ObservedTrunks(List.of(), () -> new Fingerprint[0], List.copyOf(list));
  }

  @JsonValue
  List<ObservedTrunk> list() {
    List<ObservedTrunk> made = list;
    if (made == null) {
      made = make();
      list = made;
    }
    return made;
  }

  private List<ObservedTrunk> make() {
    Set<String> ids = new HashSet<>(Math.max(16, (int) (listed.size() / 0.75f) + 1));
    List<ObservedTrunk> observed = new ArrayList<>(listed.size());
    Fingerprint[] fingerprints = this.fingerprints.get();
    for (int i = 0; i < listed.size(); i++) {
      SipTrunk trunk = listed.get(i);
      if (ids.add(trunk.id())) {
        observed.add(ObservedTrunk.builder().id(trunk.id()).name(trunk.name())
            .fingerprint(Optional.ofNullable(fingerprints[i])).build());
      }
    }
    return List.copyOf(observed);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObservedTrunks o && list().equals(o.list());
  }

  @Override
  public int hashCode() {
    return list().hashCode();
  }

  @Override
  public String toString() {
    return list().toString();
  }
}
