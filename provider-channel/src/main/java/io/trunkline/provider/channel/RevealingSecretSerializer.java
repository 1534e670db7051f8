package io.trunkline.provider.channel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.trunkline.core.Secret;
import java.io.IOException;

/**
 * Writes a {@link Secret} in clear, for the one field that must carry it on the wire ({@code password} of edit
 * channel). The request that sends it marks the value sensitive, so logs and error excerpts still mask it.
 */
final class RevealingSecretSerializer extends JsonSerializer<Secret> {
  @Override
  public void serialize(Secret value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
    gen.writeString(value.reveal());
  }
}
