package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.trunkline.core.Secret;
import java.io.IOException;

/**
 * Writes a {@link Secret} in clear. Registered only in the engine's wire writer ({@link Json#wire()}), so a secret is
 * revealed in the request body sent to the vendor and nowhere else: any other mapper, the caller's own included,
 * writes {@code ****}. The request that sends it should mark the value {@link ApiRequest.Builder#sensitive
 * sensitive}, so logs and error excerpts still mask it.
 */
final class RevealingSecretSerializer extends StdSerializer<Secret> {
  private static final long serialVersionUID = 1L;

  RevealingSecretSerializer() {
    super(Secret.class);
  }

  @Override
  public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.reveal());
  }
}
