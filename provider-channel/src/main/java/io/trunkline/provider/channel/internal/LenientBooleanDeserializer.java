package io.trunkline.provider.channel.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.Locale;

/**
 * Not API: public only because the vendor model's {@code @JsonDeserialize} names it; its package is not exported.
 * Reads {@code ChannelEdit.fullE164()}, which the document types as a string but its example sends as a boolean:
 * accepts
 * {@code true}/{@code false}, the strings {@code "true"}/{@code "false"} and {@code 1}/{@code 0} (as numbers or
 * strings). Anything else is an error naming the value.
 */
public final class LenientBooleanDeserializer extends JsonDeserializer<Boolean> {
  /** For Jackson, which makes it from the annotation. */
  public LenientBooleanDeserializer() {}

  @Override
  public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
      switch (p.getText().trim().toLowerCase(Locale.ROOT)) {
        case "true":
        case "1":
          return Boolean.TRUE;
        case "false":
        case "0":
          return Boolean.FALSE;
        default:
          break;
      }
    }
    return (Boolean) ctxt.handleUnexpectedToken(Boolean.class, p);
  }
}
