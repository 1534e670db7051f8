package io.trunkline.provider.famulor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.ApiResponse;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.VendorBody;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Famulor's SIP-trunk API with its own types: list, get, create, update and delete. Every input is checked
 * against the rules of Famulor's pages before it is sent ({@code TrunkValidationException}, nothing sent); errors
 * come back as the typed {@code TrunkApiException}s, a 422 as {@code TrunkApiValidationException} with Famulor's
 * messages per field. Thread-safe; get one from {@code provider.unwrap(FamulorClient.class)}.
 *
 * <p>Rate limits: every call first waits for a free request under Famulor's documented limits (the provider
 * setting {@code pacing}, on by default: 100 per minute, 20 per 10 seconds, counted per provider instance). Every
 * successful response's {@code X-RateLimit-*} headers are recorded, and {@link #lastRateLimit()} returns the
 * latest. One of Famulor's error bodies under a 2xx status is thrown as the typed error, never read as success.
 * A 429 (or Famulor's rate-limit body with any status, 2xx included) is retried for idempotent calls after the
 * wait Famulor asked for ({@code Retry-After}, else the body's {@code retry_after}); it surfaces as
 * {@code TrunkRateLimitedException} with {@code retryAfter()}.
 */
public final class FamulorClient {
  /** The collection of SIP trunks. */
  static final String SIP_TRUNKS = "/api/user/phone-numbers/sip-trunks";
  /** The generic phone-number path, where a SIP trunk is deleted. */
  static final String PHONE_NUMBERS = "/api/user/phone-numbers";

  private static final JavaType JSON_NODE = Json.mapper().constructType(JsonNode.class);
  private static final JavaType TRUNK_LIST = Json.mapper().constructType(new TypeReference<List<FamulorSipTrunk>>() {});
  private static final JavaType TRUNK = Json.mapper().constructType(FamulorSipTrunk.class);

  private final HttpEngine http;
  private final Clock clock;
  private final FamulorPacer pacer;
  private final AtomicReference<FamulorRateLimit> lastRateLimit = new AtomicReference<>();

  FamulorClient(HttpEngine http, ProviderConfig config, FamulorPacer pacer) {
    this.http = http;
    this.clock = config.clock();
    this.pacer = pacer;
  }

  /**
   * {@code GET /api/user/phone-numbers/sip-trunks}: every SIP trunk of the account. Famulor returns them all in
   * one answer (no paging), without the voice-trunk ids ({@link FamulorSipTrunk#inboundTrunkId()}). Lazy: the request is sent
   * when iteration starts, again for each iteration.
   */
  public Paged<FamulorSipTrunk> list() {
    ApiRequest request = ApiRequest.get(SIP_TRUNKS).build();
    return Paging.unpaged(() -> send(request, response -> data(response, true, TRUNK_LIST)));
  }

  /** {@code GET /api/user/phone-numbers/sip-trunks/{id}}; {@code TrunkNotFoundException} when there is none. */
  public FamulorSipTrunk get(long id) {
    ApiRequest request = ApiRequest.get(SIP_TRUNKS).segment(FamulorFields.ID, idText(id)).build();
    return send(request, response -> data(response, false, TRUNK));
  }

  /**
   * {@code POST /api/user/phone-numbers/sip-trunks} (201): Famulor provisions the inbound and outbound voice trunks
   * and returns the new trunk. Checked before sending. Never retried: a create whose answer was lost throws with
   * {@code outcomeUnknown()}; list before creating again. A duplicate (same phone number, user name and address)
   * is {@code TrunkConflictException} (409); a failed provisioning is {@code TrunkServerException} (500, nothing
   * saved).
   */
  public FamulorSipTrunk create(FamulorSipTrunkCreate create) {
    FamulorValidator.create(create);
    ApiRequest request = ApiRequest.post(SIP_TRUNKS).body(body(create, create.sipPassword(), false)).build();
    return send(request, response -> data(response, false, TRUNK));
  }

  /**
   * {@code PUT /api/user/phone-numbers/sip-trunks/{id}} with only the fields {@code update} sets; returns the
   * trunk as Famulor now has it. Checked before sending.
   *
   * <p>Changing the SIP user name, password or phone number makes Famulor delete and re-create both its inbound
   * and outbound voice trunks; the SIP address or the outbound proxy the outbound one; the inbound authorization
   * type or the allowed inbound IPs the inbound one. Their ids ({@link FamulorSipTrunk#inboundTrunkId()},
   * {@link FamulorSipTrunk#outboundTrunkId()}) change, and calls may drop while that happens.
   */
  public FamulorSipTrunk update(long id, FamulorSipTrunkUpdate update) {
    String segment = idText(id);
    FamulorValidator.update(update);
    ApiRequest request = ApiRequest.put(SIP_TRUNKS).segment(FamulorFields.ID, segment)
        .body(body(update, update.sipPassword().orElse(null), update.clearNickname()))
        .build();
    return send(request, response -> data(response, false, TRUNK));
  }

  /**
   * {@code DELETE /api/user/phone-numbers/{id}}: deletes the SIP trunk {@code id} at once and removes its voice
   * trunks; assistants using it lose the number. This is Famulor's generic "release phone number" endpoint: given
   * the id of a purchased phone number instead, it releases that number. The neutral {@code delete} checks
   * first that the id is a SIP trunk; call {@link #get} first here if the id may be anything else.
   */
  public void delete(long id) {
    ApiRequest request = ApiRequest.delete(PHONE_NUMBERS).segment(FamulorFields.ID, idText(id)).build();
    send(request, FamulorClient::noErrorBody);
  }

  /**
   * The {@code X-RateLimit-*} headers of the latest successful response this client received, from any thread;
   * empty before the first response, or when Famulor sent none of them. Error responses do not update it: a
   * rate-limited call reports its wait in {@code TrunkRateLimitedException.retryAfter()}.
   */
  public Optional<FamulorRateLimit> lastRateLimit() {
    return Optional.ofNullable(lastRateLimit.get());
  }

  /**
   * Sends {@code request} when the pacing allows and reads the answer with {@code reader}, recording the rate-limit
   * headers. Famulor's rate-limit body under a 2xx status is a rate limit like a 429, by the engine's rules (the
   * error under a 2xx goes through them): an idempotent call is sent again after the wait Famulor asked for, up to
   * the retry policy's attempts, {@code maxRetryAfter} and the call's total timeout; a POST is not (Famulor did not
   * process it: refused, not unknown). A rate limit the engine gave up on makes the pacer hold later calls for that
   * wait.
   */
  <T> T send(ApiRequest request, ResponseReader<T> reader) {
    pacer.acquire(request.method(), "/" + String.join("/", request.segments()));
    try {
      return http.execute(request, reading(reader));
    } catch (TrunkRateLimitedException e) {
      e.retryAfter().ifPresent(this::pauseQuietly);   // after the retry layer gave up
      throw e;
    }
  }

  /** Holds later calls for {@code wait} (with pacing on); never waits here. */
  private void pauseQuietly(Duration wait) {
    if (pacer.paces()) {
      try {
        pacer.pause(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * A typed request model as the body on the wire: its JSON form, with the password as a {@link Secret} that only
   * the wire writer reveals (masked in logs and errors), and {@code null} for a cleared nickname.
   */
  private static VendorBody body(Object model, Secret password, boolean clearNickname) {
    ObjectNode tree = Json.mapper().valueToTree(model);
    VendorBody body = VendorBody.empty();
    tree.properties().forEach(field -> body.put(field.getKey(), field.getValue()));
    if (password != null) {
      body.put(FamulorFields.SIP_PASSWORD, password);
    }
    if (clearNickname) {
      body.put(FamulorFields.NICKNAME, NullNode.getInstance());
    }
    return body;
  }

  private static String idText(long id) {
    return Long.toString(FamulorValidator.id(id));
  }

  private <T> ResponseReader<T> reading(ResponseReader<T> reader) {
    return response -> {
      record(response);
      return reader.read(response);
    };
  }

  private void record(ApiResponse response) {
    OptionalLong limit = number(response.header("X-RateLimit-Limit"));
    OptionalLong remaining = number(response.header("X-RateLimit-Remaining"));
    OptionalLong reset = number(response.header("X-RateLimit-Reset"));
    if (limit.isEmpty() && remaining.isEmpty() && reset.isEmpty()) {
      return;
    }
    ImmutableFamulorRateLimit.Builder b = FamulorRateLimit.builder()
        .limit(limit)
        .remaining(remaining)
        .observedAt(clock.instant());
    if (reset.isPresent()) {
      b.reset(Instant.ofEpochSecond(reset.getAsLong()));
    }
    lastRateLimit.set(b.build());
  }

  private static OptionalLong number(Optional<String> header) {
    return header.map(String::trim).filter(v -> v.matches("[0-9]{1,15}"))
        .map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
  }

  /** The {@code data} member of Famulor's envelope ({@code {"data": …}} or {@code {"message": …, "data": …}}). */
  private static <T> T data(ApiResponse response, boolean list, JavaType type) throws IOException {
    return Json.mapper().readerFor(type).readValue(dataNode(response, list));
  }

  /** A trunk answer's {@code data} object (after {@link #answer}); as {@link #data}. */
  static JsonNode trunkJson(ApiResponse response) throws IOException {
    return dataNode(response, false);
  }

  /**
   * The answer's JSON. One of Famulor's error bodies ({@link FamulorErrorDecoder#isErrorBody}) under a 2xx status
   * is thrown as the typed exception the decoder makes of it, never read as success.
   */
  static JsonNode answer(ApiResponse response) throws IOException {
    return refuseErrorBody(response, response.json(JSON_NODE));
  }

  /**
   * For answers Trunkline needs nothing from (delete): success unless the body is one of Famulor's error bodies;
   * an empty body or one that is not JSON is success (the status said so).
   */
  static Void noErrorBody(ApiResponse response) throws IOException {
    JsonNode body;
    try {
      body = response.tree();   // within the configured JSON budget; null when empty
    } catch (JsonProcessingException e) {
      return null;
    }
    refuseErrorBody(response, body);
    return null;
  }

  private static JsonNode refuseErrorBody(ApiResponse response, JsonNode body) {
    if (FamulorErrorDecoder.isErrorBody(body)) {
      throw response.errorInSuccess(body);
    }
    return body;
  }

  private static JsonNode dataNode(ApiResponse response, boolean list) throws IOException {
    JsonNode body = answer(response);
    JsonNode data = body.isObject() ? body.get(FamulorFields.DATA) : null;
    if (data == null || (list ? !data.isArray() : !data.isObject())) {
      throw JsonMappingException.from((JsonParser) null, "expected an object whose 'data' is "
          + (list ? "an array of SIP trunks" : "a SIP trunk object"));
    }
    if (list) {
      for (JsonNode item : data) {
        if (!item.isObject()) {
          throw JsonMappingException.from((JsonParser) null, "expected each item of 'data' to be a SIP trunk object");
        }
      }
    }
    return data;
  }
}
