package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * What the hand-written baselines share: one {@link JsonFactory} (Jackson's streaming reader; no databind, no
 * trees), a GET with OkHttp whose body stream goes straight into a {@link JsonParser}, and the few helpers a careful
 * engineer writes once for a streaming client.
 */
final class RawHttp {
  static final JsonFactory JSON = new JsonFactory();

  private RawHttp() {}

  /** Reads the current value of a parser positioned at a value. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(JsonParser p) throws IOException;
  }

  /** {@code GET url} with {@code authorization}; the body (which must be a 2xx) read by {@code reader}. */
  static <T> T get(OkHttpClient client, HttpUrl url, String authorization, BodyReader<T> reader) {
    Request request = new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .build();
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IllegalStateException("GET " + url + " answered " + response.code());
      }
      try (JsonParser p = JSON.createParser(body.byteStream())) {
        p.nextToken();
        return reader.read(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON array of items at the parser (or null: no items), each read by {@code item}. */
  static <T> List<T> array(JsonParser p, BodyReader<T> item) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return List.of();
    }
    expect(p, JsonToken.START_ARRAY);
    List<T> items = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(item.read(p));
    }
    return items;
  }

  /** A JSON array of strings (or null: empty). */
  static List<String> strings(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return List.of();
    }
    expect(p, JsonToken.START_ARRAY);
    List<String> items = new ArrayList<>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      items.add(p.getText());
    }
    return items;
  }

  /** The text of a string value, or null for a JSON null. */
  static String text(JsonParser p) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
  }

  /** An integer value, or {@code absent} for a JSON null. */
  static int integer(JsonParser p, int absent) throws IOException {
    return p.currentToken() == JsonToken.VALUE_NULL ? absent : p.getIntValue();
  }

  static void expect(JsonParser p, JsonToken token) throws IOException {
    if (p.currentToken() != token) {
      throw new IOException("expected " + token + ", found " + p.currentToken() + " at " + p.currentLocation());
    }
  }

  /** The trimmed, non-empty items of a {@code ;}-separated list (the PBX's {@code did_numbers}, {@code additional_ips}). */
  static List<String> split(String value) {
    return value == null ? List.of() : RawTrunk.split(value);
  }
}
