package io.trunkline.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value behind {@link SipTrunk}, from which Immutables generates {@code ImmutableSipTrunk}. Its containers are
 * declared as the compact types {@link SipTrunk.Builder} builds ({@link StringList}, {@link AttributeMap}), so
 * Immutables holds them as given: plain attributes, no builder collections, no copy at {@code build()}, and nothing
 * mutable can arrive (JSON goes through their {@code copyOf}). The JSON annotations are SipTrunk's, repeated for
 * Immutables to generate the JSON binding. SipTrunk's accessors are all declared again, in its
 * order: Immutables orders the attributes of {@code toString} and {@code hashCode} by declaration.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSipTrunk.class)
@JsonDeserialize(as = ImmutableSipTrunk.class)
@Value.Style(redactedMask = "****", jdkOnly = true, allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PACKAGE, overshadowImplementation = true, clearBuilder = true,
    // The package's style, plus: the builder is `new ImmutableSipTrunk.Builder()` (SipTrunk.builder() is the
    // public one), and no per-instance initialization shim for the defaults (they depend on nothing).
    builder = "new", unsafeDefaultAndDerived = true)
abstract class AbstractSipTrunk extends SipTrunk {
  @Override
  public abstract String provider();

  @Override
  public abstract String id();

  @Override
  public abstract Optional<String> name();

  @Override
  public abstract Optional<TrunkState> state();

  @Override
  public abstract Optional<String> host();

  @Override
  public abstract Optional<Integer> port();

  @Override
  public abstract Optional<Transport> transport();

  @Override
  public abstract Optional<AuthMode> authMode();

  @Override
  public abstract Optional<String> username();

  @Value.Default
  @Override
  public StringList allowedIps() {
    return StringList.EMPTY;
  }

  @Value.Default
  @Override
  public StringList numbers() {
    return StringList.EMPTY;
  }

  @Override
  public abstract Optional<String> callerId();

  @Override
  public abstract Optional<Integer> maxChannels();

  @Override
  public abstract Optional<String> countryCode();

  @Override
  public abstract Optional<Instant> createdAt();

  @Override
  public abstract Optional<Instant> updatedAt();

  @Value.Default
  @Override
  public AttributeMap attributes() {
    return AttributeMap.EMPTY;
  }
}
