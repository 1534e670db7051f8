package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A JSON body rewritten token by token for a log line: the value of a field whose name looks secret becomes
 * {@code "REDACTED"} (objects and arrays too), and so does any scalar that is a known secret. Streaming, so a
 * body cut off anywhere (a peek at the start of a large answer) is redacted up to the cut; what follows the
 * first token that does not parse, including a half-read value, is never written.
 */
final class RedactedJson {
  static final String REDACTED = "REDACTED";
  private static final JsonFactory FACTORY = Json.factory();

  private RedactedJson() {}

  /** The redacted text, {@code …} marking a stop before the end; empty when {@code bytes} does not start as JSON. */
  static Optional<String> of(byte[] bytes, Predicate<String> secretName, Predicate<String> secretValue) {
    StringWriter out = new StringWriter();
    boolean started = false;
    boolean complete = false;
    try (JsonParser parser = FACTORY.createParser(bytes);
        JsonGenerator gen = FACTORY.createGenerator(out)) {
      try {
        for (JsonToken token; (token = parser.nextToken()) != null; ) {
          started = true;
          if (token == JsonToken.FIELD_NAME) {
            gen.writeFieldName(parser.currentName());
            if (secretName.test(parser.currentName())) {
              writeRedacted(parser, gen);
            }
          } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL && secretValue.test(parser.getText())) {
            gen.writeString(REDACTED);
          } else {
            gen.copyCurrentEvent(parser);
          }
        }
        complete = true;
      } catch (IOException | RuntimeException stopped) {
        // a cut or a malformed token: nothing from here on is written
      }
      gen.flush();
    } catch (IOException e) {
      return Optional.empty();
    }
    if (!started) {
      return Optional.empty();
    }
    return Optional.of(complete ? out.toString() : out + "…");
  }

  private static void writeRedacted(JsonParser parser, JsonGenerator gen) throws IOException {
    JsonToken value = parser.nextToken();
    if (value == null) {
      return;
    }
    if (value == JsonToken.VALUE_NULL) {
      gen.writeNull();
      return;
    }
    gen.writeString(REDACTED);
    parser.skipChildren();
  }
}
