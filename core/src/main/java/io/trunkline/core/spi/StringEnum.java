package io.trunkline.core.spi;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A vendor enum that tolerates values it does not know yet: they are kept as they came, so a read-modify-write
 * round trip sends them back unchanged. Subclasses declare their known constants and a {@code @JsonCreator}
 * factory that calls {@link #lookup}.
 */
public abstract class StringEnum {
  private final String value;

  protected StringEnum(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The vendor's value, exactly as sent. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Indexes known constants by their value. */
  @SafeVarargs
  protected static <E extends StringEnum> Map<String, E> index(E... known) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E e : known) {
      map.put(e.value(), e);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The known constant for {@code value}, or a new unknown one made by {@code unknown}. */
  protected static <E extends StringEnum> E lookup(Map<String, E> known, String value, Function<String, E> unknown) {
    E e = known.get(value);
    return e != null ? e : unknown.apply(value);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((StringEnum) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }
}
