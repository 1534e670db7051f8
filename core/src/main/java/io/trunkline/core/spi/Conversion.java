package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one vendor field's JSON value and its neutral value turn into each other ({@code did_numbers} split on
 * {@code ;} into {@code numbers}, {@code IP_AUTH} into {@code AuthMode.IP}). {@link Conversions} has the common ones.
 *
 * @param <N> the neutral value's type
 */
public interface Conversion<N> {
  /**
   * The neutral value of a vendor value that is not JSON {@code null}; {@code null} when it has none (an unknown
   * code: the vendor value is then kept in {@code attributes}). Throws {@link IllegalArgumentException} for a value
   * of the wrong shape.
   */
  N read(JsonNode value);

  /**
   * {@link #read} of a JSON string, given as its text: what {@code read(TextNode.valueOf(text))} gives. The
   * streaming reader calls it for string values, so a conversion that overrides it reads them without a node.
   */
  default N readText(String text) {
    return read(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
  }

  /** {@link #read} of a JSON whole number that fits an {@code int}, given as its value; as {@link #readText}. */
  default N readInt(int value) {
    return read(com.fasterxml.jackson.databind.node.IntNode.valueOf(value));
  }

  /** The vendor value of a neutral value; {@link IllegalArgumentException} when the vendor has none for it. */
  JsonNode write(N value);
}
