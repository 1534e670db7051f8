package io.trunkline.provider.propertiesv2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import io.trunkline.core.Secret;
import java.io.IOException;

/**
 * Not API: public only for the typed model's annotation; its package is not exported. Reads a password the vendor
 * may send back empty: an empty string or null is "no password", not an error.
 */
public final class LenientSecretDeserializer extends StdScalarDeserializer<Secret> {
  private static final long serialVersionUID = 1L;

  /** For Jackson. */
  public LenientSecretDeserializer() {
    super(Secret.class);
  }

  @Override
  public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return (Secret) ctxt.handleUnexpectedToken(Secret.class, p);
    }
    String text = p.getText();
    return text.isEmpty() ? null : Secret.of(text);
  }
}
