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
    private String provider;
    private String id;
    private String name;
    private TrunkState state;
    private String host;
    private Integer port;
    private Transport transport;
    private AuthMode authMode;
    private String username;
    private String callerId;
    private Integer maxChannels;
    private String countryCode;
    private Instant createdAt;
    private Instant updatedAt;
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
      provider(instance.provider());
      id(instance.id());
      instance.name().ifPresent(this::name);
      instance.state().ifPresent(this::state);
      instance.host().ifPresent(this::host);
      instance.port().ifPresent(value -> port = value);   // the Integer as it is, not unboxed and boxed again
      instance.transport().ifPresent(this::transport);
      instance.authMode().ifPresent(this::authMode);
      instance.username().ifPresent(this::username);
      instance.callerId().ifPresent(this::callerId);
      instance.maxChannels().ifPresent(value -> maxChannels = value);
      instance.countryCode().ifPresent(this::countryCode);
      instance.createdAt().ifPresent(this::createdAt);
      instance.updatedAt().ifPresent(this::updatedAt);
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
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    public Builder name(Optional<String> name) {
      this.name = name.orElse(null);
      return this;
    }

    public Builder state(TrunkState state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    public Builder state(Optional<? extends TrunkState> state) {
      this.state = state.orElse(null);
      return this;
    }

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    public Builder host(Optional<String> host) {
      this.host = host.orElse(null);
      return this;
    }

    public Builder port(int port) {
      this.port = port;
      return this;
    }

    public Builder port(Optional<Integer> port) {
      this.port = port.orElse(null);
      return this;
    }

    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    public Builder transport(Optional<? extends Transport> transport) {
      this.transport = transport.orElse(null);
      return this;
    }

    public Builder authMode(AuthMode authMode) {
      this.authMode = Objects.requireNonNull(authMode, "authMode");
      return this;
    }

    public Builder authMode(Optional<? extends AuthMode> authMode) {
      this.authMode = authMode.orElse(null);
      return this;
    }

    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username");
      return this;
    }

    public Builder username(Optional<String> username) {
      this.username = username.orElse(null);
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
      this.callerId = Objects.requireNonNull(callerId, "callerId");
      return this;
    }

    public Builder callerId(Optional<String> callerId) {
      this.callerId = callerId.orElse(null);
      return this;
    }

    public Builder maxChannels(int maxChannels) {
      this.maxChannels = maxChannels;
      return this;
    }

    public Builder maxChannels(Optional<Integer> maxChannels) {
      this.maxChannels = maxChannels.orElse(null);
      return this;
    }

    public Builder countryCode(String countryCode) {
      this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
      return this;
    }

    public Builder countryCode(Optional<String> countryCode) {
      this.countryCode = countryCode.orElse(null);
      return this;
    }

    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    public Builder createdAt(Optional<? extends Instant> createdAt) {
      this.createdAt = createdAt.orElse(null);
      return this;
    }

    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
      return this;
    }

    public Builder updatedAt(Optional<? extends Instant> updatedAt) {
      this.updatedAt = updatedAt.orElse(null);
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
      provider = null;
      id = null;
      name = null;
      state = null;
      host = null;
      port = null;
      transport = null;
      authMode = null;
      username = null;
      callerId = null;
      maxChannels = null;
      countryCode = null;
      createdAt = null;
      updatedAt = null;
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

    /**
     * The trunk; {@link IllegalStateException} when the provider or the id is not set. The builder is unchanged. A
     * trunk with none of the values a listing mostly lacks (transport, auth mode, user name, allowed IPs,
     * caller id, channels, country, times) takes the compact layout.
     */
    public SipTrunk build() {
      if (provider == null || id == null) {
        throw new IllegalStateException("Cannot build SipTrunk, some of required attributes are not set "
            + (provider == null ? id == null ? "[provider, id]" : "[provider]" : "[id]"));
      }
      List<String> ips = allowedIps == null ? StringList.EMPTY : allowedIps.list();
      List<String> nums = numbers == null ? StringList.EMPTY : numbers.list();
      AttributeMap attrs = attributes == null ? AttributeMap.EMPTY : attributes.build();
      if (transport == null && authMode == null && username == null && callerId == null
          && maxChannels == null && countryCode == null && createdAt == null && updatedAt == null
          && ips.isEmpty()) {
        return new ImmutableSipTrunk(provider, id, name, state, host, port, nums, attrs);
      }
      return new FullSipTrunk(provider, id, name, state, host, port, transport, authMode, username,
          ips, nums, callerId, maxChannels, countryCode,
          createdAt, updatedAt, attrs);
    }
  }
}
