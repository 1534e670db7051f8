package io.trunkline.provider.propertiesv2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vendor's timestamps: Unix seconds (UTC) as an unsigned integer. Read tolerantly: a whole or fractional number
 * (the fraction kept to the nanosecond), the same as text, the {@code /Date(millis)/} form some .NET services write,
 * or ISO-8601 text (without an offset it is UTC, as the document says of every timestamp); {@code 0} means "not
 * set" and reads as absent. Written back as Unix seconds. Not API: public only for its serializers, which the typed
 * models' annotations name; its package is not exported.
 */
public final class UnixTime {
  private static final Pattern DOTNET_DATE = Pattern.compile("/Date\\((-?\\d{1,19})([+-]\\d{4})?\\)/");
  private static final Pattern DECIMAL_SECONDS = Pattern.compile("-?\\d{1,12}\\.\\d{1,9}");

  private UnixTime() {}

  /** Unix seconds, or null for 0. */
  static Instant ofSeconds(long seconds) {
    return seconds == 0 ? null : Instant.ofEpochSecond(seconds);
  }

  /** Unix seconds with a fraction, or null for 0; {@link IllegalArgumentException} beyond 12 digits of seconds. */
  static Instant ofSeconds(BigDecimal seconds) {
    if (seconds.signum() == 0) {
      return null;
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    if (whole.abs().compareTo(BigDecimal.TEN.pow(12)) >= 0) {
      throw new IllegalArgumentException("is a Unix timestamp out of range");
    }
    long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
  }

  /** A timestamp's JSON value (not JSON null); null for 0; {@link IllegalArgumentException} for anything else. */
  static Instant read(JsonNode value) {
    if (value.isIntegralNumber()) {
      if (!value.canConvertToLong()) {
        throw new IllegalArgumentException("is a Unix timestamp out of range");
      }
      return ofSeconds(value.longValue());
    }
    if (value.isNumber()) {
      return ofSeconds(value.decimalValue());
    }
    if (value.isTextual()) {
      return parse(value.asText().trim());
    }
    throw new IllegalArgumentException("must be Unix seconds");
  }

  /** Digits, {@code /Date(millis)/} or ISO-8601; null for 0 or empty text. */
  static Instant parse(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (text.chars().allMatch(Character::isDigit) && text.length() <= 18) {
        return ofSeconds(Long.parseLong(text));
      }
      if (DECIMAL_SECONDS.matcher(text).matches()) {
        return ofSeconds(new BigDecimal(text));
      }
      Matcher dotnet = DOTNET_DATE.matcher(text);
      if (dotnet.matches()) {
        long millis = Long.parseLong(dotnet.group(1));
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
      }
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
          LocalDateTime::from);
      return parsed instanceof OffsetDateTime ? ((OffsetDateTime) parsed).toInstant()
          : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("is not a Unix timestamp, /Date(millis)/ or ISO-8601 instant");
    }
  }

  /** Not API: reads one timestamp; null for 0 and JSON null. */
  public static final class Deserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    /** For Jackson. */
    public Deserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT) {
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          return (Instant) ctxt.handleWeirdNumberValue(Instant.class, p.getNumberValue(),
              "a Unix timestamp out of range");
        }
        return ofSeconds(p.getLongValue());
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        try {
          return ofSeconds(p.getDecimalValue());
        } catch (IllegalArgumentException e) {
          return (Instant) ctxt.handleWeirdNumberValue(Instant.class, p.getNumberValue(), e.getMessage());
        }
      }
      if (token == JsonToken.VALUE_STRING) {
        try {
          return parse(p.getText().trim());
        } catch (IllegalArgumentException e) {
          return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(), e.getMessage());
        }
      }
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }

    @Override
    public Instant getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }

  /** Not API: writes Unix seconds. */
  public static final class Serializer extends StdScalarSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    /** For Jackson. */
    public Serializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.getEpochSecond());
    }
  }
}
