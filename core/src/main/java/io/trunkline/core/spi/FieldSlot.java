package io.trunkline.core.spi;

import io.trunkline.core.model.NeutralField;

/**
 * One field name of a trunk, resolved once to what {@link TrunkReading} does with it: the id, a declared
 * {@link VendorField}, or a name the declaration does not know. Everything the reader asks of a name per value is
 * answered here in advance, so a streamed item looks each name up at most once (and mostly not at all:
 * {@link FieldOrder} predicts it).
 */
final class FieldSlot {
  /** The name as declared (or, for an undeclared one, as first read). */
  final String name;
  /** The bit {@link FieldOrder} tells a second occurrence by, or -1: then a set does. */
  final int bit;
  /** The declared field, or null (the id, or an undeclared name). */
  final VendorField field;
  final boolean isId;
  /** The neutral field the value is read as ({@code neutral}, else {@code readAs}), or null. */
  final NeutralField target;
  /** A nested value goes to the attributes as it is, converted to nothing (so it may stay as its bytes). */
  final boolean attributeOnly;
  /** The id, or a field read only as a neutral one (not also as another, nor as a fallback). */
  final boolean convertedAlone;
  /**
   * A value goes to the attributes as it is (neither the id, a secret, nor converted): a string as its text, an
   * object or array (of an {@link #attributeOnly} slot) as {@link DeferredJson} captures it.
   */
  final boolean textAttribute;
  /** An undeclared name that looks like a secret's ({@link SecretNames#looksSecret}): its value is never kept. */
  final boolean secret;
  /**
   * The text field of the trunk a JSON string of this name is stored in as it is ({@link #convertedAlone}, read by
   * {@link Conversions#text()}: name, host, user name, caller id or country), else null. Decided here once, so the
   * reader stores such a string with no conversion call and no generic placing.
   */
  final NeutralField plainText;
  /**
   * The number field of the trunk a whole number of this name is stored in ({@link #convertedAlone}, read by
   * {@link Conversions#integer()}: port or channels), else null.
   */
  final NeutralField wholeNumber;
  /** The bit of {@link #target} in the reader's record of the neutral fields set (0 when none). */
  final long targetBit;

  private FieldSlot(String name, int bit, VendorField field, boolean isId) {
    this.name = name;
    this.bit = bit;
    this.field = field;
    this.isId = isId;
    this.target = field == null ? null : field.neutral != null ? field.neutral : field.readAs;
    this.secret = field == null && !isId && SecretNames.looksSecret(name);
    this.attributeOnly = field == null ? !isId : !field.converted();
    this.convertedAlone = isId || field != null && target != null && !field.writeOnly && field.fallbackFor == null;
    this.textAttribute = field == null ? !isId && !secret
        : target == null && !field.writeOnly && field.fallbackFor == null && field.alsoReadAs == null;
    this.plainText = !isId && convertedAlone && (Object) field.conversion instanceof Conversions.PlainText
        && storesText(target) ? target : null;
    this.wholeNumber = !isId && convertedAlone && (Object) field.conversion instanceof Conversions.WholeNumber
        && (target == NeutralField.PORT || target == NeutralField.MAX_CHANNELS) ? target : null;
    this.targetBit = target == null ? 0 : 1L << target.ordinal();
  }

  /** The neutral fields a trunk holds as a {@code String} (a password is never held). */
  private static boolean storesText(NeutralField target) {
    return target == NeutralField.NAME || target == NeutralField.HOST || target == NeutralField.USERNAME
        || target == NeutralField.CALLER_ID || target == NeutralField.COUNTRY_CODE;
  }

  static FieldSlot id(String name, int bit) {
    return new FieldSlot(name, bit, null, true);
  }

  static FieldSlot declared(VendorField field, int bit) {
    return new FieldSlot(field.name, bit, field, false);
  }

  static FieldSlot undeclared(String name, int bit) {
    return new FieldSlot(name, bit, null, false);
  }

  @Override
  public String toString() {
    return "FieldSlot[" + name + (bit >= 0 ? " bit " + bit : "") + "]";
  }
}
