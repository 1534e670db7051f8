package io.trunkline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the recorded vendor payloads kept under {@code io/trunkline/testing/} on the classpath. */
public final class Payloads {
  private Payloads() {}

  /** The text of {@code io/trunkline/testing/<path>}. */
  public static String text(String path) {
    String resource = "/io/trunkline/testing/" + path;
    try (InputStream in = Payloads.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no payload at " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The payload as JSON (a fresh copy each call). */
  public static JsonNode json(String path) {
    try {
      return Json.mapper().readTree(text(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
