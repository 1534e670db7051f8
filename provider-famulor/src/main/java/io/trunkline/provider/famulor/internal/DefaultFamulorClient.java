package io.trunkline.provider.famulor.internal;

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
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.provider.famulor.FamulorRateLimit;
import io.trunkline.provider.famulor.FamulorSipTrunk;
import io.trunkline.provider.famulor.FamulorSipTrunkCreate;
import io.trunkline.provider.famulor.FamulorSipTrunkUpdate;
import io.trunkline.provider.famulor.ImmutableFamulorRateLimit;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link FamulorClient} of one opened provider: checks every input with {@link FamulorValidator}, paces each
 * call with the provider's {@link FamulorPacer}, sends it through the provider's engine, refuses Famulor's error
 * bodies under a 2xx status and records the rate-limit headers. Also sends the neutral adapter's calls
 * ({@link #send}).
 */
final class DefaultFamulorClient implements FamulorClient {
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

  DefaultFamulorClient(HttpEngine http, ProviderConfig config, FamulorPacer pacer) {
    this.http = http;
    this.clock = config.clock();
    this.pacer = pacer;
  }

  @Override
  public Paged<FamulorSipTrunk> list() {
    ApiRequest request = ApiRequest.get(SIP_TRUNKS).build();
    return Paging.unpaged(() -> send(request, response -> data(response, true, TRUNK_LIST)));
  }

  @Override
  public FamulorSipTrunk get(long id) {
    ApiRequest request = ApiRequest.get(SIP_TRUNKS).segment(FamulorFields.ID, idText(id)).build();
    return send(request, response -> data(response, false, TRUNK));
  }

  @Override
  public FamulorSipTrunk create(FamulorSipTrunkCreate create) {
    FamulorValidator.create(create);
    ApiRequest request = ApiRequest.post(SIP_TRUNKS).body(body(create, create.sipPassword(), false)).build();
    return send(request, response -> data(response, false, TRUNK));
  }

  @Override
  public FamulorSipTrunk update(long id, FamulorSipTrunkUpdate update) {
    String segment = idText(id);
    FamulorValidator.update(update);
    ApiRequest request = ApiRequest.put(SIP_TRUNKS).segment(FamulorFields.ID, segment)
        .body(body(update, update.sipPassword().orElse(null), update.clearNickname()))
        .build();
    return send(request, response -> data(response, false, TRUNK));
  }

  @Override
  public void delete(long id) {
    ApiRequest request = ApiRequest.delete(PHONE_NUMBERS).segment(FamulorFields.ID, idText(id)).build();
    send(request, DefaultFamulorClient::noErrorBody);
  }

  @Override
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
