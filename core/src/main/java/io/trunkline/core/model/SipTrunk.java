package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIP trunk at any vendor, in one shape. Its JSON form is a contract: the command line prints it and users
 * store it. Fields the vendor does not report are empty ({@code null} in JSON; lists {@code []}); every other
 * vendor field is kept in {@link #attributes()} under the vendor's own name, secrets excluded.
 */
@JsonSerialize(as = ImmutableSipTrunk.class)
@JsonDeserialize(as = ImmutableSipTrunk.class)
@JsonPropertyOrder({
  "provider", "id", "name", "state", "host", "port", "transport", "authMode", "username", "allowedIps",
  "numbers", "callerId", "maxChannels", "countryCode", "createdAt", "updatedAt", "attributes"
})
public abstract class SipTrunk {
  /** The provider id: {@code famulor}, {@code properties-v2}, {@code channel}, {@code pbx}, {@code flex}. */
  public abstract String provider();

  /** The vendor's own id, as a string. */
  public abstract String id();

  public abstract Optional<String> name();

  public abstract Optional<TrunkState> state();

  /** SIP server or gateway address. */
  public abstract Optional<String> host();

  public abstract Optional<Integer> port();

  public abstract Optional<Transport> transport();

  public abstract Optional<AuthMode> authMode();

  /** SIP auth user name; never a password. */
  public abstract Optional<String> username();

  /** IP addresses or CIDR blocks allowed. */
  public abstract List<String> allowedIps();

  /** Numbers on the trunk, as the vendor writes them (DIDs, extensions, ranges). */
  public abstract List<String> numbers();

  public abstract Optional<String> callerId();

  public abstract Optional<Integer> maxChannels();

  /** ISO 3166 country. */
  public abstract Optional<String> countryCode();

  public abstract Optional<Instant> createdAt();

  public abstract Optional<Instant> updatedAt();

  /** Every other vendor field under its own name, with the vendor's JSON value. */
  public abstract Map<String, JsonNode> attributes();

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SipTrunk}; start one with {@link #builder()}. Setting a value again replaces it; lists and
   * attributes collect what is added (an attribute put again keeps its place and takes the new value).
   * {@link #build()} hands the lists and attributes to the trunk without copying them (the builder copies them only
   * if it is changed afterwards without {@link #clear()}), so one builder, cleared between trunks, serves a page.
   * Not thread-safe.
   */
  public static final class Builder {
    private final ImmutableSipTrunk.Builder values = new ImmutableSipTrunk.Builder();
    /** Each created on first use: a trunk read from a vendor often has no lists. */
    private StringList.Builder allowedIps;
    private StringList.Builder numbers;
    private AttributeMap.Builder attributes;

    Builder() {}

    private StringList.Builder ips() {
      if (allowedIps == null) {
        allowedIps = new StringList.Builder("allowedIps element");
      }
      return allowedIps;
    }

    private StringList.Builder nums() {
      if (numbers == null) {
        numbers = new StringList.Builder("numbers element");
      }
      return numbers;
    }

    private AttributeMap.Builder attrs() {
      if (attributes == null) {
        attributes = new AttributeMap.Builder();
      }
      return attributes;
    }

    /**
     * Takes {@code instance}'s values: its provider and id, each of its optional values that is present, and its
     * list elements and attributes, added to those already here.
     */
    public Builder from(SipTrunk instance) {
      Objects.requireNonNull(instance, "instance");
      values.from(instance);   // the generated copy: provider, id and each optional value that is present
      if (!instance.allowedIps().isEmpty()) {
        ips().addAll(instance.allowedIps());
      }
      if (!instance.numbers().isEmpty()) {
        nums().addAll(instance.numbers());
      }
      if (!instance.attributes().isEmpty()) {
        attrs().putAll(instance.attributes());
      }
      return this;
    }

    public Builder provider(String provider) {
      values.provider(provider);
      return this;
    }

    public Builder id(String id) {
      values.id(id);
      return this;
    }

    public Builder name(String name) {
      values.name(name);
      return this;
    }

    public Builder name(Optional<String> name) {
      values.name(name);
      return this;
    }

    public Builder state(TrunkState state) {
      values.state(state);
      return this;
    }

    public Builder state(Optional<? extends TrunkState> state) {
      values.state(state);
      return this;
    }

    public Builder host(String host) {
      values.host(host);
      return this;
    }

    public Builder host(Optional<String> host) {
      values.host(host);
      return this;
    }

    public Builder port(int port) {
      values.port(port);
      return this;
    }

    public Builder port(Optional<Integer> port) {
      values.port(port);
      return this;
    }

    public Builder transport(Transport transport) {
      values.transport(transport);
      return this;
    }

    public Builder transport(Optional<? extends Transport> transport) {
      values.transport(transport);
      return this;
    }

    public Builder authMode(AuthMode authMode) {
      values.authMode(authMode);
      return this;
    }

    public Builder authMode(Optional<? extends AuthMode> authMode) {
      values.authMode(authMode);
      return this;
    }

    public Builder username(String username) {
      values.username(username);
      return this;
    }

    public Builder username(Optional<String> username) {
      values.username(username);
      return this;
    }

    /** Adds one element to {@link SipTrunk#allowedIps()}. */
    public Builder addAllowedIps(String element) {
      ips().add(element);
      return this;
    }

    /** Adds elements to {@link SipTrunk#allowedIps()}. */
    public Builder addAllowedIps(String... elements) {
      for (String element : elements) {
        ips().add(element);
      }
      return this;
    }

    /** Replaces the elements of {@link SipTrunk#allowedIps()}. */
    public Builder allowedIps(Iterable<String> elements) {
      if (allowedIps != null) {
        allowedIps.clear();
      }
      return addAllAllowedIps(elements);
    }

    /** Adds elements to {@link SipTrunk#allowedIps()}. */
    public Builder addAllAllowedIps(Iterable<String> elements) {
      ips().addAll(elements);
      return this;
    }

    /** Adds one element to {@link SipTrunk#numbers()}. */
    public Builder addNumbers(String element) {
      nums().add(element);
      return this;
    }

    /** Adds elements to {@link SipTrunk#numbers()}. */
    public Builder addNumbers(String... elements) {
      for (String element : elements) {
        nums().add(element);
      }
      return this;
    }

    /** Replaces the elements of {@link SipTrunk#numbers()}. */
    public Builder numbers(Iterable<String> elements) {
      if (numbers != null) {
        numbers.clear();
      }
      return addAllNumbers(elements);
    }

    /** Adds elements to {@link SipTrunk#numbers()}. */
    public Builder addAllNumbers(Iterable<String> elements) {
      nums().addAll(elements);
      return this;
    }

    public Builder callerId(String callerId) {
      values.callerId(callerId);
      return this;
    }

    public Builder callerId(Optional<String> callerId) {
      values.callerId(callerId);
      return this;
    }

    public Builder maxChannels(int maxChannels) {
      values.maxChannels(maxChannels);
      return this;
    }

    public Builder maxChannels(Optional<Integer> maxChannels) {
      values.maxChannels(maxChannels);
      return this;
    }

    public Builder countryCode(String countryCode) {
      values.countryCode(countryCode);
      return this;
    }

    public Builder countryCode(Optional<String> countryCode) {
      values.countryCode(countryCode);
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      values.createdAt(createdAt);
      return this;
    }

    public Builder createdAt(Optional<? extends Instant> createdAt) {
      values.createdAt(createdAt);
      return this;
    }

    public Builder updatedAt(Instant updatedAt) {
      values.updatedAt(updatedAt);
      return this;
    }

    public Builder updatedAt(Optional<? extends Instant> updatedAt) {
      values.updatedAt(updatedAt);
      return this;
    }

    /** Puts one entry into {@link SipTrunk#attributes()}; a key put again keeps its place. */
    public Builder putAttributes(String key, JsonNode value) {
      attrs().put(key, value);
      return this;
    }

    /**
     * Puts a JSON string into {@link SipTrunk#attributes()}, given as its text: the trunk's attribute is the
     * {@code TextNode} of {@code text}, as {@code putAttributes(key, TextNode.valueOf(text))} puts it, made when first
     * read. A key put again keeps its place.
     */
    public Builder putTextAttribute(String key, String text) {
      attrs().putText(key, text);
      return this;
    }

    /** Puts one entry into {@link SipTrunk#attributes()}; a key put again keeps its place. */
    public Builder putAttributes(Map.Entry<String, ? extends JsonNode> entry) {
      attrs().put(entry.getKey(), entry.getValue());
      return this;
    }

    /** Replaces the entries of {@link SipTrunk#attributes()} with those of {@code entries}, in their order. */
    public Builder attributes(Map<String, ? extends JsonNode> entries) {
      if (attributes != null) {
        attributes.clear();
      }
      return putAllAttributes(entries);
    }

    /** Puts every entry of {@code entries} into {@link SipTrunk#attributes()}, in their order. */
    public Builder putAllAttributes(Map<String, ? extends JsonNode> entries) {
      attrs().putAll(entries);
      return this;
    }

    /** Empties the builder. */
    public Builder clear() {
      values.clear();
      if (allowedIps != null) {
        allowedIps.clear();
      }
      if (numbers != null) {
        numbers.clear();
      }
      if (attributes != null) {
        attributes.clear();
      }
      return this;
    }

    /** The trunk; {@link IllegalStateException} when the provider or the id is not set. The builder is unchanged. */
    public SipTrunk build() {
      values.allowedIps(allowedIps == null ? StringList.EMPTY : allowedIps.build())
          .numbers(numbers == null ? StringList.EMPTY : numbers.build())
          .attributes(attributes == null ? AttributeMap.EMPTY : attributes.build());
      return values.build();
    }
  }
}
