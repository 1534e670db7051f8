package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.TrunkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The declaration of one vendor trunk field: its JSON name, its JSON type, the neutral field it maps to (with the
 * conversion) and its roles. Immutable: each method returns a changed copy. Collected in {@link TrunkFields}, the
 * one place a vendor's fields are named.
 */
public final class VendorField {
  /** The JSON type of a field's value. */
  public enum Type {
    TEXT("text"), INTEGER("a whole number"), BOOLEAN("true or false"), LIST("a list"), OBJECT("an object"),
    ANY("any JSON value");

    final String words;

    Type(String words) {
      this.words = words;
    }

    boolean accepts(JsonNode value) {
      switch (this) {
        case TEXT:
          return value.isTextual();
        case INTEGER:
          return value.isIntegralNumber();
        case BOOLEAN:
          return value.isBoolean();
        case LIST:
          return value.isArray();
        case OBJECT:
          return value.isObject();
        default:
          return true;
      }
    }
  }

  final String name;
  final Type type;
  final NeutralField neutral;
  final Conversion<Object> conversion;
  final NeutralField alsoReadAs;
  final Conversion<Object> alsoConversion;
  final NeutralField readAs;
  final NeutralField fallbackFor;
  final Conversion<Object> fallbackConversion;
  final boolean requiredOnCreate;
  final boolean requiredOnUpdate;
  final boolean createOnly;
  final boolean readOnly;
  final boolean writeOnly;
  final boolean secret;
  final boolean clearable;
  final boolean absentWhenNull;
  final List<FieldRule> rules;
  final Function<TrunkSpec, Optional<JsonNode>> createDefault;
  final String description;
  final String ignoredWhenField;
  final JsonNode ignoredWhenValue;

  private VendorField(Builder b) {
    this.name = b.name;
    this.type = b.type;
    this.neutral = b.neutral;
    this.conversion = b.conversion;
    this.alsoReadAs = b.alsoReadAs;
    this.alsoConversion = b.alsoConversion;
    this.readAs = b.readAs;
    this.fallbackFor = b.fallbackFor;
    this.fallbackConversion = b.fallbackConversion;
    this.requiredOnCreate = b.requiredOnCreate;
    this.requiredOnUpdate = b.requiredOnUpdate;
    this.createOnly = b.createOnly;
    this.readOnly = b.readOnly;
    this.writeOnly = b.writeOnly;
    this.secret = b.secret;
    this.clearable = b.clearable;
    this.absentWhenNull = b.absentWhenNull;
    this.rules = List.copyOf(b.rules);
    this.createDefault = b.createDefault;
    this.description = b.description;
    this.ignoredWhenField = b.ignoredWhenField;
    this.ignoredWhenValue = b.ignoredWhenValue;
  }

  public static VendorField text(String name) {
    return new Builder(name, Type.TEXT).build();
  }

  public static VendorField integer(String name) {
    return new Builder(name, Type.INTEGER).build();
  }

  public static VendorField bool(String name) {
    return new Builder(name, Type.BOOLEAN).build();
  }

  public static VendorField list(String name) {
    return new Builder(name, Type.LIST).build();
  }

  public static VendorField object(String name) {
    return new Builder(name, Type.OBJECT).build();
  }

  public static VendorField any(String name) {
    return new Builder(name, Type.ANY).build();
  }

  /** The vendor's JSON name. */
  public String name() {
    return name;
  }

  /** Maps the field to {@code field} with the neutral type's usual conversion ({@link NeutralConversions}). */
  public VendorField neutral(NeutralField field) {
    return neutral(field, NeutralConversions.usual(field, type));
  }

  /** Maps the field to {@code field} with {@code conversion}. */
  @SuppressWarnings("unchecked")
  public VendorField neutral(NeutralField field, Conversion<?> conversion) {
    if (readAs != null) {
      throw new IllegalArgumentException(name + " is already read as " + readAs);
    }
    Builder b = copy();
    b.neutral = Objects.requireNonNull(field, "field");
    b.conversion = (Conversion<Object>) Objects.requireNonNull(conversion, "conversion");
    if (field == NeutralField.PASSWORD) {
      b.secret = true;
      b.writeOnly = true;
    }
    if (field.vendorSet()) {
      b.readOnly = true;
    }
    return b.build();
  }

  /**
   * Keeps the field a vendor attribute (read and written under its own name) and also reads it as the vendor-set
   * neutral {@code field} (the PBX's writable {@code enabled} flag is read as the state, too).
   */
  @SuppressWarnings("unchecked")
  public VendorField alsoReadAs(NeutralField field, Conversion<?> conversion) {
    if (!field.vendorSet()) {
      throw new IllegalArgumentException(field + " is written by callers; map it with neutral(..) instead");
    }
    Builder b = copy();
    b.alsoReadAs = field;
    b.alsoConversion = (Conversion<Object>) Objects.requireNonNull(conversion, "conversion");
    return b.build();
  }

  /**
   * Reads the field, which the vendor sets and never takes, as the neutral {@code field} with its usual conversion
   * ({@link NeutralConversions}), instead of keeping it in the attributes: Wavix's generated SIP {@code login} is the
   * trunk's username. Makes the field {@link #readOnly()}; the neutral field stays refused on create and update (the
   * vendor has no place to write it), as its requirement says.
   */
  public VendorField readAs(NeutralField field) {
    return readAs(field, NeutralConversions.usual(field, type));
  }

  /** {@link #readAs(NeutralField)} with {@code conversion}. */
  @SuppressWarnings("unchecked")
  public VendorField readAs(NeutralField field, Conversion<?> conversion) {
    if (field.vendorSet() || field == NeutralField.PASSWORD) {
      throw new IllegalArgumentException(field + " is not a field callers write; map it with neutral(..) instead");
    }
    if (neutral != null) {
      throw new IllegalArgumentException(name + " is already mapped to " + neutral);
    }
    Builder b = copy();
    b.readAs = field;
    b.conversion = (Conversion<Object>) Objects.requireNonNull(conversion, "conversion");
    b.readOnly = true;
    return b.build();
  }

  /**
   * Also reads the field as the neutral {@code field} by {@code conversion} when the field that maps {@code field}
   * is absent or null in the same trunk (whatever the order of the keys): a Wavix trunk without
   * {@code auth_method} authenticates as its {@code host} says. Reading only; a {@code null} from
   * {@code conversion} sets nothing.
   */
  @SuppressWarnings("unchecked")
  public VendorField fallbackFor(NeutralField field, Conversion<?> conversion) {
    Builder b = copy();
    b.fallbackFor = Objects.requireNonNull(field, "field");
    b.fallbackConversion = (Conversion<Object>) Objects.requireNonNull(conversion, "conversion");
    return b.build();
  }

  /** A create without it is refused (unless {@link #defaultOnCreate} supplies it). */
  public VendorField requiredOnCreate() {
    Builder b = copy();
    b.requiredOnCreate = true;
    return b.build();
  }

  /** An update must send it (a vendor whose update replaces the whole trunk and never returns this field). */
  public VendorField requiredOnUpdate() {
    Builder b = copy();
    b.requiredOnUpdate = true;
    return b.build();
  }

  /** Sent on create only; an update that sets it is refused. */
  public VendorField createOnly() {
    Builder b = copy();
    b.createOnly = true;
    return b.build();
  }

  /** Set by the vendor only: read, never sent. */
  public VendorField readOnly() {
    Builder b = copy();
    b.readOnly = true;
    return b.build();
  }

  /** Sent, never returned; dropped should the vendor return it. */
  public VendorField writeOnly() {
    Builder b = copy();
    b.writeOnly = true;
    return b.build();
  }

  /** A secret: write-only, revealed only on the wire, masked everywhere else. */
  public VendorField secret() {
    Builder b = copy();
    b.secret = true;
    b.writeOnly = true;
    return b.build();
  }

  /** An update may clear it with JSON {@code null} in {@code attributes}. */
  public VendorField clearable() {
    Builder b = copy();
    b.clearable = true;
    return b.build();
  }

  /**
   * A JSON {@code null} from the vendor means "not reported": the field reads as absent, not as a {@code null} in
   * the attributes (a neutral field always reads so).
   */
  public VendorField absentWhenNull() {
    Builder b = copy();
    b.absentWhenNull = true;
    return b.build();
  }

  /** A rule the value must pass before it is sent. */
  public VendorField check(FieldRule rule) {
    Builder b = copy();
    b.rules.add(rule);
    return b.build();
  }

  /** The value a create sends when the spec gives none (from other fields of the spec). */
  public VendorField defaultOnCreate(Function<TrunkSpec, Optional<JsonNode>> value) {
    Builder b = copy();
    b.createDefault = value;
    return b.build();
  }

  /** The vendor's rule or accepted values in words, for requirements and messages. */
  public VendorField describe(String text) {
    Builder b = copy();
    b.description = text;
    return b.build();
  }

  /** The vendor ignores this field while {@code otherField} has {@code value} (Flex {@code max_channels}). */
  public VendorField ignoredWhen(String otherField, JsonNode value) {
    Builder b = copy();
    b.ignoredWhenField = otherField;
    b.ignoredWhenValue = value;
    return b.build();
  }

  /** How a caller names it in messages: {@code host (sip_address)} or {@code attributes.outbound_server}. */
  String label() {
    return neutral != null ? neutral.property() + " (" + name + ")" : "attributes." + name;
  }

  /** True when the reader converts the field's value rather than keeping it as it is in the attributes. */
  boolean converted() {
    return neutral != null || alsoReadAs != null || readAs != null || fallbackFor != null;
  }

  boolean sendable() {
    return !readOnly;
  }

  private Builder copy() {
    Builder b = new Builder(name, type);
    b.neutral = neutral;
    b.conversion = conversion;
    b.alsoReadAs = alsoReadAs;
    b.alsoConversion = alsoConversion;
    b.readAs = readAs;
    b.fallbackFor = fallbackFor;
    b.fallbackConversion = fallbackConversion;
    b.requiredOnCreate = requiredOnCreate;
    b.requiredOnUpdate = requiredOnUpdate;
    b.createOnly = createOnly;
    b.readOnly = readOnly;
    b.writeOnly = writeOnly;
    b.secret = secret;
    b.clearable = clearable;
    b.absentWhenNull = absentWhenNull;
    b.rules.addAll(rules);
    b.createDefault = createDefault;
    b.description = description;
    b.ignoredWhenField = ignoredWhenField;
    b.ignoredWhenValue = ignoredWhenValue;
    return b;
  }

  @Override
  public String toString() {
    return "VendorField[" + label() + "]";
  }

  private static final class Builder {
    final String name;
    final Type type;
    NeutralField neutral;
    Conversion<Object> conversion;
    NeutralField alsoReadAs;
    Conversion<Object> alsoConversion;
    NeutralField readAs;
    NeutralField fallbackFor;
    Conversion<Object> fallbackConversion;
    boolean requiredOnCreate;
    boolean requiredOnUpdate;
    boolean createOnly;
    boolean readOnly;
    boolean writeOnly;
    boolean secret;
    boolean clearable;
    boolean absentWhenNull;
    final List<FieldRule> rules = new ArrayList<>();
    Function<TrunkSpec, Optional<JsonNode>> createDefault;
    String description;
    String ignoredWhenField;
    JsonNode ignoredWhenValue;

    Builder(String name, Type type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = type;
    }

    VendorField build() {
      return new VendorField(this);
    }
  }
}
