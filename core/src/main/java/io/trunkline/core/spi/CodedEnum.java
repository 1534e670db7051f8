package io.trunkline.core.spi;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A vendor enum sent as a number ({@code Type: 0}, {@code ping: 2}); codes the SDK does not know yet are kept.
 * Subclasses declare their known constants with a name and a {@code @JsonCreator} factory that calls
 * {@link #lookup}.
 */
public abstract class CodedEnum {
  private final int code;
  private final String name;

  protected CodedEnum(int code, String name) {
    this.code = code;
    this.name = name;
  }

  @JsonValue
  public final int code() {
    return code;
  }

  /** The documented meaning, or {@code UNKNOWN(code)}. */
  public final String name() {
    return name;
  }

  @SafeVarargs
  protected static <E extends CodedEnum> Map<Integer, E> index(E... known) {
    Map<Integer, E> map = new LinkedHashMap<>();
    for (E e : known) {
      map.put(e.code(), e);
    }
    return Collections.unmodifiableMap(map);
  }

  protected static <E extends CodedEnum> E lookup(Map<Integer, E> known, int code, IntFunction<E> unknown) {
    E e = known.get(code);
    return e != null ? e : unknown.apply(code);
  }

  /** The name an unknown code gets. */
  protected static String unknownName(int code) {
    return "UNKNOWN(" + code + ")";
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && code == ((CodedEnum) o).code;
  }

  @Override
  public final int hashCode() {
    return code;
  }

  @Override
  public final String toString() {
    return name + "(" + code + ")";
  }
}
