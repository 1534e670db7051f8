package io.trunkline.provider.pbx;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.trunkline.core.Secret;
import java.io.IOException;

/** Writes a {@link Secret}'s clear value: used only for the request bodies that must carry the password. */
final class PbxSecretSerializer extends StdSerializer<Secret> {
  private static final long serialVersionUID = 1L;

  PbxSecretSerializer() {
    super(Secret.class);
  }

  @Override
  public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.reveal());
  }
}
