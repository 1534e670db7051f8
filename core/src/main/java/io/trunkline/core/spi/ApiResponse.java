package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import okhttp3.Response;

/** A successful vendor response, handed to a {@link ResponseReader}; its body is read at most once. */
public final class ApiResponse {
  private final Response response;
  private final ResponseBodies bodies;
  private final java.util.function.Function<com.fasterxml.jackson.databind.JsonNode,
      io.trunkline.core.error.TrunkApiException> errorInSuccess;
  private InputStream body;

  ApiResponse(Response response, ResponseBodies bodies,
      java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, io.trunkline.core.error.TrunkApiException>
          errorInSuccess) {
    this.response = response;
    this.bodies = bodies;
    this.errorInSuccess = errorInSuccess;
  }

  /**
   * The exception for a vendor error body that came with a 2xx status (some vendors answer so): read by the
   * provider's {@link ErrorDecoder} (its {@code status()} is the status reported, 422 when it names none), secrets
   * masked, exactly like an error answer. The reader throws it, and the engine then judges it as an answer with
   * that status: retried when idempotent and retryable (408, 429, 500, 502, 503, 504; {@code Retry-After} or the
   * vendor's wait as the floor, within the budget and deadline), the credentials renewed once on a 401, a not-found
   * on a retried removal done. An exception the reader makes itself, or wraps around this one, is thrown as is.
   */
  public io.trunkline.core.error.TrunkApiException errorInSuccess(com.fasterxml.jackson.databind.JsonNode errorBody) {
    return errorInSuccess.apply(errorBody);
  }

  /** The request method, for messages. */
  public String method() {
    return response.request().method();
  }

  /** The request path as sent (encoded, without query), for messages: known secrets in it are masked. */
  public String path() {
    return bodies.path();
  }

  public int status() {
    return response.code();
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(response.header(name));
  }

  /** The body, decompressed and limited to the configured size. */
  public InputStream body() {
    if (body == null) {
      body = bodies.limited(response);
    }
    return body;
  }

  /** The body without the size limit, for streamed downloads that never hold it in memory. */
  InputStream unlimitedBody() {
    return response.body() == null ? InputStream.nullInputStream() : response.body().byteStream();
  }

  /**
   * The body as one JSON tree, whatever its declared type, or null when it is empty (or only whitespace); for
   * vendors whose answers may be empty or mislabelled. Read within the configured budgets
   * ({@code ProviderConfig.maxJsonTokens}, {@code maxItemsPerPage}, {@code maxResponseBytes}: passing one is
   * {@code TrunkResponseException} ({@code tooLarge()})); trailing tokens and duplicate keys are refused
   * ({@code JsonProcessingException}). Prefer {@link #json(JavaType)}, which also refuses a body that is not JSON.
   */
  public com.fasterxml.jackson.databind.JsonNode tree() throws IOException {
    return bodies.readTree(body());
  }

  /**
   * {@link #body()}, once the answer's declared type is JSON or none: the kit's readers, which parse the body
   * themselves, refuse another type as {@link #json(JavaType)} does.
   */
  InputStream jsonBody() {
    bodies.requireJson(response, body());
    return body();
  }

  /** {@link #tree()}, once the answer's declared type is JSON or none ({@link #jsonBody()}). */
  com.fasterxml.jackson.databind.JsonNode jsonTree() throws IOException {
    return bodies.readTree(jsonBody());
  }

  /** {@link #tree()} of {@code body}: this response's body, recorded and read again. */
  com.fasterxml.jackson.databind.JsonNode treeOf(InputStream body) throws IOException {
    return bodies.readTree(body);
  }

  /** A parser on the body made by {@code reader}, counted against the configured JSON budget (the kit's readers). */
  com.fasterxml.jackson.core.JsonParser parser(com.fasterxml.jackson.databind.ObjectReader reader) throws IOException {
    return bodies.parser(reader, body());
  }

  /**
   * A parser made by {@code reader} on {@code body} (this response's {@link #body()}, read through a wrapper),
   * counted against the configured JSON budget: the kit's page readers, which record the bytes read.
   */
  com.fasterxml.jackson.core.JsonParser parser(com.fasterxml.jackson.databind.ObjectReader reader, InputStream body)
      throws IOException {
    return bodies.parser(reader, body);
  }

  /**
   * A streaming parser ({@link Json#factory()}: no codec) on {@code body} (this response's {@link #body()}, read
   * through a wrapper), counted against the configured JSON budget: the kit's page readers, which record the bytes
   * read and read trees, when they need one, with a reader of their own.
   */
  com.fasterxml.jackson.core.JsonParser parser(InputStream body) throws IOException {
    return bodies.parser(body);
  }

  /** The body's length as the response declares it, or -1 (unknown, or compressed on the wire). */
  long declaredLength() {
    return response.body() == null || response.header("Content-Encoding") != null ? -1
        : response.body().contentLength();
  }

  /**
   * The body as JSON of {@code type}. Refused with {@code TrunkResponseException}: a body that is not JSON (an
   * HTML page), an empty body, a JSON {@code null}, or JSON of another shape.
   */
  public <T> T json(JavaType type) throws IOException {
    return bodies.readJson(response, body(), Json.mapper().readerFor(type));
  }

  /**
   * The body read by {@code reader} (made once from {@link Json#mapper()}, for example with features a streaming
   * deserializer needs), with the same checks as {@link #json(JavaType)}.
   */
  public <T> T json(com.fasterxml.jackson.databind.ObjectReader reader) throws IOException {
    return bodies.readJson(response, body(), reader);
  }
}
