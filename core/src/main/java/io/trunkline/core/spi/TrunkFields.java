package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vendor's trunk fields, declared once: the single place each vendor field is named. From it the kit reads every
 * shape the vendor sends into the same {@link SipTrunk}, writes and checks create and update bodies, tells which
 * fields an update changes, and publishes the per-field requirements ({@link #requirements()}).
 *
 * <pre>{@code
 * static final TrunkFields FIELDS = TrunkFields.builder("toy").id("id", FieldRule.digits())
 *     .field(VendorField.text("name").neutral(NeutralField.NAME).requiredOnCreate().check(FieldRule.length(1, 64)))
 *     .field(VendorField.text("password").neutral(NeutralField.PASSWORD))
 *     .build();
 * }</pre>
 */
public final class TrunkFields {
  final String provider;
  final String idField;
  final FieldRule idRule;
  final List<VendorField> declared;
  final Map<String, VendorField> byName = new LinkedHashMap<>();
  final Map<NeutralField, VendorField> byNeutral = new EnumMap<>(NeutralField.class);
  /** The read-only vendor field each neutral field the vendor sets but never takes is read from. */
  final Map<NeutralField, VendorField> readFrom = new EnumMap<>(NeutralField.class);
  final Set<NeutralField> ignored;
  final List<BodyRule> bodyRules;
  final boolean passUnknownAttributes;
  final boolean replaceOnUpdate;
  private final TrunkReading reading;
  /** Made when a body is first built or checked: a listing never needs it. */
  private volatile TrunkWriting writing;
  /** Made when first asked for (the provider's metadata): a listing never needs them. */
  private volatile List<FieldRequirement> requirements;

  private TrunkFields(Builder b) {
    this.provider = b.provider;
    this.idField = b.idField;
    this.idRule = b.idRule;
    this.declared = List.copyOf(b.fields);
    for (VendorField field : declared) {
      if (byName.put(field.name, field) != null || field.name.equals(idField)) {
        throw new IllegalArgumentException(provider + " declares the field '" + field.name + "' twice");
      }
      if (field.neutral != null && byNeutral.put(field.neutral, field) != null) {
        throw new IllegalArgumentException(provider + " maps two fields to " + field.neutral);
      }
      if (field.readAs != null && readFrom.put(field.readAs, field) != null) {
        throw new IllegalArgumentException(provider + " reads two fields as " + field.readAs);
      }
    }
    for (NeutralField neutral : readFrom.keySet()) {
      if (byNeutral.containsKey(neutral) || b.ignored.contains(neutral)) {
        throw new IllegalArgumentException(provider + " maps " + neutral + " and also reads it from '"
            + readFrom.get(neutral).name + "'");
      }
    }
    this.ignored = b.ignored.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.ignored));
    this.bodyRules = List.copyOf(b.bodyRules);
    this.passUnknownAttributes = b.passUnknownAttributes;
    this.replaceOnUpdate = b.replaceOnUpdate;
    this.reading = new TrunkReading(this);
  }

  /** Starts the declaration for the provider {@code provider} (its id, stamped on every trunk read). */
  public static Builder builder(String provider) {
    return new Builder(provider);
  }

  public String provider() {
    return provider;
  }

  /** Every field with what create and update require of it, for {@code ProviderMetadata.trunkFields()}. */
  public List<FieldRequirement> requirements() {
    List<FieldRequirement> r = requirements;
    if (r == null) {
      r = computeRequirements();   // the same list whichever thread makes it; one of them is kept
      requirements = r;
    }
    return r;
  }

  /** True when the vendor's update replaces the whole trunk (the kit then reads it first and sends it whole). */
  public boolean replacesOnUpdate() {
    return replaceOnUpdate;
  }

  /** One trunk object as the vendor sends it; {@link TrunkResponseException} when it cannot be read. */
  public SipTrunk read(JsonNode item) {
    try {
      return reading.read(item);
    } catch (IllegalArgumentException e) {
      throw new TrunkResponseException(provider + " sent a trunk Trunkline cannot read: " + e.getMessage(), null,
          null, 0, e);
    }
  }

  /** Reads a whole answer as one trunk: the root object, or the object at the field names {@code envelope}. */
  public ResponseReader<SipTrunk> item(String... envelope) {
    return reading.item(envelope);
  }

  /**
   * Reads an answer as a page, streaming: the trunks in the array under {@code itemsField} and the total at the
   * JSON pointer {@code totalPointer} ({@code /count}, {@code /pagination/total}; null when none is sent).
   */
  public ResponseReader<Paging.Chunk<SipTrunk>> page(String itemsField, String totalPointer) {
    return reading.page(itemsField, totalPointer);
  }

  /**
   * {@link #page(String, String)} for a vendor that answers an empty page without its list: a JSON {@code null}
   * under {@code itemsField}, or no {@code itemsField} at all, reads as an empty page (ending a listing). Any other
   * value there is refused as by {@code page}, and so is an envelope that looks like an error body.
   */
  public ResponseReader<Paging.Chunk<SipTrunk>> pageOrEmpty(String itemsField, String totalPointer) {
    return reading.page(java.util.Objects.requireNonNull(itemsField, "itemsField"), totalPointer, true);
  }

  /**
   * Reads an answer whose envelope the vendor leaves open, as one trunk: the answer itself when it is a trunk (an
   * object with the id field), else the trunk in the first of {@code wrappers} (field names, any letter case), else
   * the trunk in the answer's only field. Anything else is refused ({@link TrunkResponseException}, or the vendor's
   * error when it looks like an error body).
   */
  public ResponseReader<SipTrunk> bareOrWrappedItem(String... wrappers) {
    return reading.bareOrWrappedItem(List.of(wrappers));
  }

  /**
   * Reads an answer whose envelope the vendor leaves open as a page, streaming the trunks: a bare JSON array, or an
   * object holding the array under the first of {@code listFields} (any letter case) that holds an array or a JSON
   * null (an empty page), else in its only array field. The total is the first of {@code totalFields} (any letter
   * case) holding a whole number or a string of digits. An object with no array, or several and none named, is
   * refused, never read as empty.
   */
  public ResponseReader<Paging.Chunk<SipTrunk>> bareOrWrappedPage(List<String> listFields, List<String> totalFields) {
    return bareOrWrappedPage(listFields, totalFields, envelope -> false);
  }

  /**
   * {@link #bareOrWrappedPage(List, List)} for a vendor that may answer an error under a 2xx status next to the list
   * or instead of it: when the object's other fields (all but the list it holds) are an error body by
   * {@code envelopeIsError}, the vendor's error is thrown ({@link ApiResponse#errorInSuccess}), never the page.
   */
  public ResponseReader<Paging.Chunk<SipTrunk>> bareOrWrappedPage(List<String> listFields, List<String> totalFields,
      java.util.function.Predicate<JsonNode> envelopeIsError) {
    return reading.bareOrWrappedPage(List.copyOf(listFields), List.copyOf(totalFields),
        java.util.Objects.requireNonNull(envelopeIsError, "envelopeIsError"));
  }

  /**
   * Reads a listing the vendor answers in one response (no paging: for {@link Paging#unpaged}), streaming the trunks
   * of the array under {@code itemsField}, within the JSON budget. When the envelope's other fields are an error
   * body by {@code isError} (a vendor that may answer an error under a 2xx status, next to a list or instead of
   * it), the vendor's error is thrown ({@link ApiResponse#errorInSuccess}), never the trunks.
   */
  public ResponseReader<List<SipTrunk>> unpaged(String itemsField, java.util.function.Predicate<JsonNode> isError) {
    ResponseReader<Paging.Chunk<SipTrunk>> page = reading.page(java.util.Objects.requireNonNull(itemsField,
        "itemsField"), null, false, java.util.Objects.requireNonNull(isError, "isError"));
    return response -> page.read(response).items;
  }

  /** Reads an answer that is a JSON array of trunks. */
  public ResponseReader<Paging.Chunk<SipTrunk>> array() {
    return reading.page(null, null);
  }

  /** The checked create body for {@code spec}; {@link TrunkValidationException} naming every missing field. */
  public VendorBody createBody(TrunkSpec spec) {
    return writing().create(spec);
  }

  /** The checked body of a partial update: only what {@code update} sets. */
  public VendorBody updateBody(TrunkUpdate update) {
    return writing().update(update);
  }

  /**
   * The checked body of a whole-trunk update: {@code current}'s writable fields with {@code update} applied; the
   * body's {@link VendorBody#replaces()} is {@code current}. A current value its conversion cannot write back is a
   * {@link TrunkValidationException} naming the field (unless {@code update} sets it).
   */
  public VendorBody replaceBody(SipTrunk current, TrunkUpdate update) {
    return writing().replace(current, update);
  }

  /**
   * Checks what a whole-trunk update can be checked for without the trunk (each field it sets: sendable, typed,
   * its rules); {@link TrunkValidationException} naming the field. The kit runs it before reading the trunk.
   */
  public void checkUpdate(TrunkUpdate update) {
    writing().checkUpdateAlone(update);
  }

  /** The fields {@code update} would change on {@code current}, as callers name them; secrets always count. */
  public List<String> changes(SipTrunk current, TrunkUpdate update) {
    return writing().changed(current, update);
  }

  /** Checks a caller's trunk id: one path segment, and the vendor's id rule. */
  public String checkId(String id) {
    Validate.pathSegment("id", id);
    String broken = idRule == null ? null : idRule.check(TextNode.valueOf(id));
    if (broken != null) {
      throw new TrunkValidationException("id", broken);
    }
    return id;
  }

  /** The body writer, made when first needed. */
  private TrunkWriting writing() {
    TrunkWriting w = writing;
    if (w == null) {
      w = new TrunkWriting(this);   // holds nothing but this declaration: any thread's copy will do
      writing = w;
    }
    return w;
  }

  /** The names of the attributes a create (or an update) may carry. */
  List<String> attributeNames(boolean create) {
    List<String> names = new ArrayList<>();
    for (VendorField field : declared) {
      if (field.neutral == null && !field.readOnly && (create || !field.createOnly)) {
        names.add(field.name);
      }
    }
    return names;
  }

  private List<FieldRequirement> computeRequirements() {
    List<FieldRequirement> all = new ArrayList<>();
    for (NeutralField neutral : NeutralField.values()) {
      if (!byNeutral.containsKey(neutral) && !neutral.vendorSet()) {
        Requirement what = ignored.contains(neutral) ? Requirement.IGNORED : Requirement.REFUSED;
        VendorField source = readFrom.get(neutral);
        all.add(FieldRequirement.builder().neutralField(neutral).onCreate(what).onUpdate(what)
            .readOnly(source != null).description(java.util.Optional.ofNullable(source == null ? null
                : "read from " + provider + "'s '" + source.name + "'"
                + (source.description == null ? "" : ": " + source.description))).build());
      }
    }
    for (VendorField field : declared) {
      Requirement create = field.readOnly ? Requirement.REFUSED
          : field.requiredOnCreate && field.createDefault == null ? Requirement.REQUIRED : Requirement.ACCEPTED;
      Requirement update = field.readOnly || field.createOnly ? Requirement.REFUSED
          : field.requiredOnUpdate ? Requirement.REQUIRED : Requirement.ACCEPTED;
      all.add(FieldRequirement.builder().neutralField(java.util.Optional.ofNullable(field.neutral))
          .vendorField(field.name).onCreate(create).onUpdate(update).readOnly(field.readOnly)
          .writeOnly(field.writeOnly).secret(field.secret)
          .description(java.util.Optional.ofNullable(field.description)).build());
    }
    return List.copyOf(all);
  }

  /** Builds a {@link TrunkFields}. */
  public static final class Builder {
    private final String provider;
    private String idField = "id";
    private FieldRule idRule;
    private final List<VendorField> fields = new ArrayList<>();
    private final Set<NeutralField> ignored = EnumSet.noneOf(NeutralField.class);
    private final List<BodyRule> bodyRules = new ArrayList<>();
    private boolean passUnknownAttributes;
    private boolean replaceOnUpdate;

    private Builder(String provider) {
      this.provider = provider;
    }

    /** The id field's JSON name (default {@code id}). */
    public Builder id(String jsonName) {
      this.idField = jsonName;
      return this;
    }

    /** The id field's JSON name and the rule a caller's id must pass. */
    public Builder id(String jsonName, FieldRule rule) {
      this.idField = jsonName;
      this.idRule = rule;
      return this;
    }

    public Builder field(VendorField field) {
      fields.add(field);
      return this;
    }

    /** Neutral fields the vendor has no place for but that are accepted and not sent (rather than refused). */
    public Builder ignores(NeutralField... neutral) {
      ignored.addAll(List.of(neutral));
      return this;
    }

    /** A rule across the fields of one body. */
    public Builder rule(BodyRule rule) {
      bodyRules.add(rule);
      return this;
    }

    /** Attributes the declaration does not name are sent as given (else they are refused). */
    public Builder passUnknownAttributes() {
      this.passUnknownAttributes = true;
      return this;
    }

    /** The vendor's update replaces the whole trunk. */
    public Builder replaceOnUpdate() {
      this.replaceOnUpdate = true;
      return this;
    }

    public TrunkFields build() {
      return new TrunkFields(this);
    }
  }
}
