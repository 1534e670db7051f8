package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.error.TrunkResponseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Reads response bodies of one call: bounded in size, checked for JSON, errors excerpted with secrets masked. */
final class ResponseBodies {
  static final int EXCERPT_BYTES = 2048;
  private static final int ERROR_BODY_BYTES = 64 * 1024;

  /** The tree reader, made when a whole body is first read as a tree: a streamed listing never is. */
  private static final class Trees {
    static final ObjectReader TREES = Json.mapper().readerFor(JsonNode.class);
  }

  private final String method;
  private final String path;
  private final long maxBytes;
  private final JsonBudget budget;
  private final Masker masker;

  ResponseBodies(String method, String path, ProviderConfig config, Masker masker) {
    this(method, path, config.maxResponseBytes(), JsonBudget.of(config), masker);
  }

  /** With the size limit and JSON budget an engine worked out once from its config. */
  ResponseBodies(String method, String path, long maxBytes, JsonBudget budget, Masker masker) {
    this.method = method;
    this.path = path;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.masker = masker;
  }

  /** The same reads for another masker (the call learned a credential to mask). */
  ResponseBodies masking(Masker other) {
    return new ResponseBodies(method, path, maxBytes, budget, other);
  }

  /** A parser on {@code in} for {@code reader} ({@link ReaderParsers}), counted against the configured JSON budget. */
  JsonParser parser(ObjectReader reader, InputStream in) throws IOException {
    return budget.watch(ReaderParsers.create(reader, in));
  }

  /** A streaming parser ({@link Json#factory()}) on {@code in}, counted against the configured JSON budget. */
  JsonParser parser(InputStream in) throws IOException {
    return budget.watch(Json.factory().createParser(in));
  }

  /**
   * The body as one JSON tree within the budget, whatever its declared type; null when the body is empty or only
   * whitespace. Trailing tokens and duplicate keys are refused ({@code JsonProcessingException}).
   */
  JsonNode readTree(InputStream in) throws IOException {
    try (JsonParser p = parser(Trees.TREES, in)) {
      JsonNode tree = Trees.TREES.readTree(p);
      if (tree != null) {
        refuseTrailing(p, JsonNode.class);
      }
      return tree;
    }
  }

  private static void refuseTrailing(JsonParser p, Class<?> type) throws IOException {
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw MismatchedInputException.from(p, type, "Trailing token (of type " + trailing + ") found after value"
          + " (bound as " + type.getName() + "): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`");
    }
  }

  /** The request path as sent, secrets masked, for messages. */
  String path() {
    return path;
  }

  /** The body stream, refused up front when its declared length is too large, cut off when it grows too large. */
  InputStream limited(Response response) {
    ResponseBody body = response.body();
    if (body == null) {
      return InputStream.nullInputStream();
    }
    long declared = body.contentLength();
    if (declared > maxBytes && response.header("Content-Encoding") == null) {
      throw tooLarge(response.code());
    }
    return new LimitedInputStream(body.byteStream(), maxBytes);
  }

  /**
   * Refuses an answer whose declared type is not JSON (none declared passes), before a byte of {@code in}, its body,
   * is parsed: type and size only, for such a body may be another resource (a file, a page), whose data must not
   * reach a message.
   */
  void requireJson(Response response, InputStream in) {
    MediaType contentType = contentType(response);
    if (contentType != null && !isJson(contentType)) {
      throw new TrunkResponseException("[" + method + " " + path + "] expected JSON but the vendor answered "
          + response.code() + " with " + contentType.type() + "/" + contentType.subtype() + " ("
          + size(response, in) + "); the body is not shown", method, path, response.code(), null);
    }
  }

  <T> T readJson(Response response, InputStream in, com.fasterxml.jackson.databind.ObjectReader reader)
      throws IOException {
    JavaType type = reader.getValueType();
    requireJson(response, in);
    T value;
    try (JsonParser p = parser(reader, in)) {
      value = reader.readValue(p);
      if (value != null && reader.isEnabled(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)) {
        refuseTrailing(p, type.getRawClass());
      }
    } catch (BodyTooLargeException e) {
      throw tooLarge(e, response.code());
    } catch (JsonProcessingException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof BodyTooLargeException tooLarge) {   // wrapped by a collection deserializer
          throw tooLarge(tooLarge, response.code());
        }
      }
      throw new TrunkResponseException("[" + method + " " + path + "] could not read the vendor's answer as "
          + type.getRawClass().getSimpleName() + ": " + masker.mask(e.getOriginalMessage()),
          method, path, response.code(), null);
    }
    if (value == null) {
      throw new TrunkResponseException("[" + method + " " + path + "] the vendor answered " + response.code()
          + " with an empty or null body where " + type.getRawClass().getSimpleName() + " was expected",
          method, path, response.code(), null);
    }
    return value;
  }

  /** The body's size as declared, else as counted up to {@link #ERROR_BODY_BYTES}, for a message. */
  private static String size(Response response, InputStream in) {
    ResponseBody body = response.body();
    long declared = body == null ? -1 : body.contentLength();
    if (declared >= 0 && response.header("Content-Encoding") == null) {
      return declared + " bytes";
    }
    try {
      byte[] buffer = new byte[8192];
      long counted = 0;
      for (int n; counted < ERROR_BODY_BYTES
          && (n = in.read(buffer, 0, (int) Math.min(buffer.length, ERROR_BODY_BYTES - counted))) >= 0; ) {
        counted += n;
      }
      return counted >= ERROR_BODY_BYTES ? "at least " + ERROR_BODY_BYTES + " bytes" : counted + " bytes";
    } catch (IOException e) {
      return "size unknown";
    }
  }

  /** An error response's body, read up to a bound. */
  byte[] errorBody(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return new byte[0];
    }
    try (InputStream in = body.byteStream()) {
      return in.readNBytes(ERROR_BODY_BYTES);
    }
  }

  /** The error body as JSON when it is JSON, else null. */
  JsonNode errorJson(Response response, byte[] body) {
    MediaType contentType = contentType(response);
    boolean looksJson = body.length > 0 && (body[0] == '{' || body[0] == '[');
    if (!(contentType != null ? isJson(contentType) || looksJson : looksJson)) {
      return null;
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * At most 2 KiB of {@code body} as text, with a marker for what was cut. Secrets are masked in the whole body
   * before it is cut, so a secret across the cut is masked whole.
   */
  String excerpt(byte[] body) {
    if (body.length == 0) {
      return "(empty body)";
    }
    String whole = new String(body, StandardCharsets.UTF_8);
    String text = (body.length >= ERROR_BODY_BYTES ? masker.maskCut(whole) : masker.mask(whole))
        .replaceAll("\\s+", " ").trim();
    if (text.length() > EXCERPT_BYTES) {
      text = text.substring(0, EXCERPT_BYTES) + "…[truncated " + (text.length() - EXCERPT_BYTES)
          + (body.length >= ERROR_BODY_BYTES ? "+" : "") + " characters]";
    }
    return text;
  }

  TrunkResponseException tooLarge(int status) {
    return new TrunkResponseException("[" + method + " " + path + "] the response is larger than the limit of "
        + maxBytes + " bytes (ProviderConfig.maxResponseBytes)", method, path, status, true, null);
  }

  /** The exception for the limit {@code e} names: bytes, JSON tokens or array items. */
  TrunkResponseException tooLarge(BodyTooLargeException e, int status) {
    if (e.setting == null) {
      return tooLarge(status);
    }
    return new TrunkResponseException("[" + method + " " + path + "] the response holds " + e.getMessage()
        + ", more than the limit allows; raise " + e.setting + " if the vendor really sends that much", method, path,
        status, true, null);
  }

  /**
   * The body's media type. The body parses its {@code Content-Type} header on every call; a vendor sends the same
   * one answer after answer, so the last one parsed is kept and used again for the same header text.
   */
  private static MediaType contentType(Response response) {
    ResponseBody body = response.body();
    if (body == null) {
      return null;
    }
    String header = response.header("Content-Type");
    if (header == null) {
      return body.contentType();
    }
    ParsedType last = lastContentType;
    if (last != null && last.header.equals(header)) {
      return last.type;
    }
    MediaType parsed = body.contentType();
    if (parsed != null && parsed.toString().equals(header)) {
      lastContentType = new ParsedType(header, parsed, isJsonSubtype(parsed));
    }
    return parsed;
  }

  private static boolean isJson(MediaType type) {
    ParsedType last = lastContentType;
    return last != null && last.type == type ? last.json : isJsonSubtype(type);
  }

  private static boolean isJsonSubtype(MediaType type) {
    return type.subtype().toLowerCase(Locale.ROOT).contains("json");
  }

  /** The last {@code Content-Type} parsed, shared by every engine (a media type is immutable). */
  private static volatile ParsedType lastContentType;

  private record ParsedType(String header, MediaType type, boolean json) {}

  /** Thrown inside the stream when the body passes the limit. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    /** The setting that limits what was passed; null for {@code maxResponseBytes}. */
    final String setting;

    BodyTooLargeException() {
      super("response body too large");
      this.setting = null;
    }

    BodyTooLargeException(String what, String setting) {
      super(what);
      this.setting = setting;
    }
  }

  /** Counts bytes as they are read (after decompression) and stops at the limit. */
  static final class LimitedInputStream extends FilterInputStream {
    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws BodyTooLargeException {
      count += n;
      if (count > max) {
        throw new BodyTooLargeException();
      }
    }
  }
}
