package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.trunkline.core.Secret;
import java.io.IOException;

/**
 * Writes a {@link Secret} in clear, for the request-body field that must carry it to the vendor
 * ({@code @JsonSerialize(using = RevealingSecretSerializer.class)}, or {@code contentUsing} on an {@code Optional}).
 * Everywhere else a secret is written as {@code ****}. The request that sends it should mark the value
 * {@link ApiRequest.Builder#sensitive sensitive}, so logs and error excerpts still mask it.
 */
public final class RevealingSecretSerializer extends StdSerializer<Secret> {
  private static final long serialVersionUID = 1L;

  public RevealingSecretSerializer() {
    super(Secret.class);
  }

  @Override
  public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.reveal());
  }
}
