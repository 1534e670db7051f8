package io.trunkline.core;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** What a provider is: its id, name, default endpoint, the credentials and settings it needs, what it can do. */
@Value.Immutable
public abstract class ProviderMetadata {
  /** The stable id users open it by: {@code pbx}, {@code flex}, … */
  public abstract String id();

  public abstract String displayName();

  /** The vendor's public API host; empty for self-hosted or unknown endpoints, where a base URL is required. */
  public abstract Optional<String> defaultBaseUrl();

  /** The kinds of credentials the provider accepts. */
  public abstract Set<Credentials.Kind> credentialKinds();

  /** Settings that must be present in {@link ProviderConfig#settings()}. */
  public abstract Set<String> requiredSettings();

  /** Settings the provider understands but does not require. */
  public abstract Set<String> optionalSettings();

  public abstract Set<Capability> capabilities();

  /**
   * Every trunk field the provider knows, neutral and vendor, with what create and update require of it: read it
   * before sending to know what a vendor needs. Empty for a provider without trunk writes.
   */
  public abstract java.util.List<FieldRequirement> trunkFields();

  /** A link to the vendor's API documentation, if public. */
  public abstract Optional<String> documentation();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProviderMetadata}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableProviderMetadata.Builder {
    Builder() {}
  }
}
