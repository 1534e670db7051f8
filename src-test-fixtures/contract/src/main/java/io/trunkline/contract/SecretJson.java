package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;

/**
 * For typed vendor models that hold a {@link Secret}: a caller's own {@link ObjectMapper} (and the SDK's shared
 * {@link Json#mapper()}) writes each secret as {@code ****}; only the engine's wire writer reveals it, in the
 * request it sends (proved by each provider's exact-request tests).
 */
public final class SecretJson {
  private SecretJson() {}

  /** A mapper as a caller would make one: {@code new ObjectMapper()} with the JDK 8 and time modules. */
  public static ObjectMapper usersMapper() {
    return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());
  }

  /** {@code model} written by a caller's mapper and by {@link Json#mapper()} shows none of {@code secrets}. */
  public static void assertWrittenMasked(Object model, Secret... secrets) throws JsonProcessingException {
    for (ObjectMapper mapper : new ObjectMapper[] {usersMapper(), Json.mapper()}) {
      String json = mapper.writeValueAsString(model);
      assertThat(json).as(model.getClass().getSimpleName()).contains("\"****\"");
      for (Secret secret : secrets) {
        assertThat(json).as(model.getClass().getSimpleName()).doesNotContain(secret.reveal());
      }
    }
  }
}
