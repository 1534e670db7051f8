package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The conversions vendor fields share. */
public final class Conversions {
  private Conversions() {}

  /** Text both ways; a number or boolean is read as its text. */
  public static Conversion<String> text() {
    return PlainText.INSTANCE;
  }

  /**
   * {@link #text()}: one instance, of its own class, so that a reader can tell a field whose JSON string is its
   * neutral value as it is ({@link FieldSlot#plainText}).
   */
  static final class PlainText implements Conversion<String> {
    static final PlainText INSTANCE = new PlainText();

    private PlainText() {}

    @Override
    public String read(JsonNode value) {
      if (value.isContainerNode()) {
        throw new IllegalArgumentException("must be text");
      }
      return value.asText();
    }

    @Override
    public String readText(String text) {
      return text;
    }

    @Override
    public JsonNode write(String value) {
      return TextNode.valueOf(value);
    }
  }

  private static final int SIP_PORT = 5060;
  private static final int SIPS_PORT = 5061;
  private static final Integer SIP_PORT_BOXED = SIP_PORT;
  private static final Integer SIPS_PORT_BOXED = SIPS_PORT;

  /** A whole number both ways; digits in a string are read too. */
  public static Conversion<Integer> integer() {
    return WholeNumber.INSTANCE;
  }

  /**
   * {@link #integer()}: one instance, of its own class, so that a reader can call its {@link #readInt} directly
   * ({@link FieldSlot#wholeNumber}).
   */
  static final class WholeNumber implements Conversion<Integer> {
    static final WholeNumber INSTANCE = new WholeNumber();

    private WholeNumber() {}

    @Override
    public Integer read(JsonNode value) {
      if (value.isIntegralNumber() && value.canConvertToInt()) {
        return value.intValue();
      }
      if (value.isTextual() && value.asText().matches("-?[0-9]{1,9}")) {
        return Integer.valueOf(value.asText());
      }
      throw new IllegalArgumentException("must be a whole number");
    }

    /** SIP's own ports (5060, and 5061 for TLS), which most trunks use, boxed once, not once per trunk read. */
    @Override
    public Integer readInt(int value) {
      return value == SIP_PORT ? SIP_PORT_BOXED : value == SIPS_PORT ? SIPS_PORT_BOXED : Integer.valueOf(value);
    }

    @Override
    public JsonNode write(Integer value) {
      return IntNode.valueOf(value);
    }
  }

  /** A JSON array of text both ways. */
  public static Conversion<List<String>> textList() {
    return new Conversion<>() {
      @Override
      public List<String> read(JsonNode value) {
        if (!value.isArray()) {
          throw new IllegalArgumentException("must be a list");
        }
        List<String> items = new ArrayList<>(value.size());
        for (JsonNode item : value) {
          if (item.isContainerNode() || item.isNull()) {
            throw new IllegalArgumentException("must be a list of text");
          }
          items.add(item.asText());
        }
        return items;
      }

      @Override
      public JsonNode write(List<String> value) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(value.size());
        value.forEach(array::add);
        return array;
      }
    };
  }

  /** One text value as a list of exactly one item ({@code phone_number} and {@code numbers}). */
  public static Conversion<List<String>> single() {
    return new Conversion<>() {
      @Override
      public List<String> read(JsonNode value) {
        if (value.isContainerNode()) {
          throw new IllegalArgumentException("must be text");
        }
        return List.of(value.asText());
      }

      @Override
      public JsonNode write(List<String> value) {
        if (value.size() != 1) {
          throw new IllegalArgumentException("takes exactly one item, was given " + value.size());
        }
        return TextNode.valueOf(value.get(0));
      }
    };
  }

  /** One string of items joined by {@code separator} ({@code 3000;12000-18000}); blanks around items dropped. */
  public static Conversion<List<String>> joined(String separator) {
    if (separator.isEmpty()) {
      throw new IllegalArgumentException("separator must not be empty");
    }
    int single = separator.length() == 1 ? separator.charAt(0) : -1;
    return new Conversion<>() {
      @Override
      public List<String> read(JsonNode value) {
        if (!value.isTextual()) {
          throw new IllegalArgumentException("must be text");
        }
        return readText(value.asText());
      }

      /**
       * The items; one or two (the usual count) in an immutable list, which costs less than an array list. A
       * one-character separator is found as a {@code char}; each item's blanks are found before it is cut out, so
       * an item is one substring.
       */
      @Override
      public List<String> readText(String text) {
        String first = null;
        String second = null;
        List<String> items = null;
        int length = text.length();
        for (int start = 0; start <= length; ) {
          int end = single >= 0 ? text.indexOf(single, start) : text.indexOf(separator, start);
          if (end < 0) {
            end = length;
          }
          String item = stripped(text, start, end);
          if (item != null) {
            if (first == null) {
              first = item;
            } else if (second == null) {
              second = item;
            } else {
              if (items == null) {
                items = new ArrayList<>(8);
                items.add(first);
                items.add(second);
              }
              items.add(item);
            }
          }
          start = end + separator.length();
        }
        return items != null ? items : first == null ? List.of() : second == null ? List.of(first)
            : List.of(first, second);
      }

      @Override
      public JsonNode write(List<String> value) {
        return TextNode.valueOf(String.join(separator, value));
      }
    };
  }

  /**
   * {@code text.substring(start, end).strip()}, cut once; null when that is empty. ({@code strip} removes what
   * {@link Character#isWhitespace} calls white space at both ends; so does this.)
   */
  static String stripped(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return start == end ? null : text.substring(start, end);
  }

  /** An ISO-8601 instant or offset date-time, written as an instant. */
  public static Conversion<Instant> isoInstant() {
    return new Conversion<>() {
      @Override
      public Instant read(JsonNode value) {
        if (!value.isTextual()) {
          throw new IllegalArgumentException("must be an ISO-8601 time");
        }
        Instant fast = IsoTimes.utc(value.asText());
        if (fast != null) {
          return fast;
        }
        try {
          return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
          try {
            return Instant.parse(value.asText());
          } catch (DateTimeParseException again) {
            throw new IllegalArgumentException("must be an ISO-8601 time");
          }
        }
      }

      @Override
      public JsonNode write(Instant value) {
        return TextNode.valueOf(value.toString());
      }
    };
  }

  /** Seconds since 1970 as a number. */
  public static Conversion<Instant> epochSeconds() {
    return new Conversion<>() {
      @Override
      public Instant read(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
          throw new IllegalArgumentException("must be seconds since 1970");
        }
        return Instant.ofEpochSecond(value.longValue());
      }

      @Override
      public JsonNode write(Instant value) {
        return LongNode.valueOf(value.getEpochSecond());
      }
    };
  }

  /**
   * Vendor codes and neutral constants, given in pairs: {@code codes("IP_AUTH", AuthMode.IP, "REGISTER_AUTH",
   * AuthMode.CREDENTIALS)}. Codes are read ignoring case; an unknown code reads as {@code null} (the vendor value
   * stays in {@code attributes}); a neutral value is written as its first code.
   */
  public static <E extends Enum<E>> Conversion<E> codes(Object... pairs) {
    return codeConversion(null, pairs);
  }

  /**
   * Like {@link #codes(Object...)}, but an unknown code reads as {@code unknown} (say {@code AuthMode.OTHER}: the
   * trunk has a mode Trunkline cannot name; the vendor value stays in {@code attributes}), and {@code unknown},
   * which stands for no one code, cannot be written: writing it throws {@link IllegalArgumentException}.
   * {@code unknown} must not be one of the pairs' neutral values.
   */
  public static <E extends Enum<E>> Conversion<E> codesOr(E unknown, Object... pairs) {
    if (unknown == null) {
      throw new IllegalArgumentException("codesOr needs the value an unknown code reads as");
    }
    return codeConversion(unknown, pairs);
  }

  private static <E extends Enum<E>> Conversion<E> codeConversion(E unknown, Object[] pairs) {
    Map<String, E> byCode = new LinkedHashMap<>();
    Map<E, String> byValue = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      E value = (E) pairs[i + 1];
      String code = (String) pairs[i];
      if (unknown != null && value == unknown) {
        throw new IllegalArgumentException(unknown + " stands for unknown codes; it cannot also be the value of "
            + code);
      }
      byCode.put(code.toLowerCase(Locale.ROOT), value);
      byValue.putIfAbsent(value, code);
    }
    Map<String, E> lookup = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);   // no lower-cased copy per read
    lookup.putAll(byCode);
    return new Conversion<>() {
      @Override
      public E read(JsonNode value) {
        if (value.isContainerNode()) {
          throw new IllegalArgumentException("must be one of " + byCode.keySet());
        }
        return readText(value.asText());
      }

      @Override
      public E readText(String text) {
        return lookup.getOrDefault(text, unknown);
      }

      @Override
      public JsonNode write(E value) {
        String code = byValue.get(value);
        if (code == null) {
          throw new IllegalArgumentException("has no vendor value for " + value
              + (unknown != null && value == unknown ? " (what an unknown code reads as; it cannot be written)" : "")
              + "; accepted: " + byValue.keySet());
        }
        return TextNode.valueOf(code);
      }
    };
  }
}
