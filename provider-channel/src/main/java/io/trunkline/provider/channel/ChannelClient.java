package io.trunkline.provider.channel;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.ApiResponse;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.Validate;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The channel sipTrunk API, every endpoint of its document, with the vendor's own types. Get it from the provider:
 * {@code provider.unwrap(ChannelClient.class)}. Thread-safe.
 *
 * <p>Input is checked before anything is sent ({@code TrunkValidationException} naming the vendor field); channel
 * names and numbers in a path are always exactly one segment (a {@code +} stays {@code +}, a space or {@code /} is
 * percent-encoded). Errors come as the typed {@code TrunkApiException}s with the vendor's
 * {@code error_identifier} as {@code vendorCode()}, also when the vendor puts its error body in a 2xx answer.
 * POST calls (connect number, edit channel) are never retried; GET, PUT and DELETE are.
 */
public final class ChannelClient {
  /** Caller IDs requested per page unless a size is given. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private static final String PROVIDER = ChannelProviderFactory.ID;

  private final HttpEngine http;
  private final String accountId;
  private final IdFieldSpelling spelling;

  ChannelClient(HttpEngine http, String accountId, IdFieldSpelling spelling) {
    this.http = http;
    this.accountId = accountId;
    this.spelling = spelling;
  }

  /** The account (UUID) the listings are read for: the setting {@code account-id}. */
  public String accountId() {
    return accountId;
  }

  /** The names sent for the template and proxy ids of the SIP trunk section (the setting id-field-spelling). */
  IdFieldSpelling idFieldSpelling() {
    return spelling;
  }

  /**
   * Connects one number to a channel: {@code POST /v1/channel-number}. Number and channel must belong to the same
   * account and the number must be free. Returns the vendor's answer; a field it leaves out (or answers
   * {@code null}) is what was sent, and an answer without a body is what was sent: a 2xx means the number is
   * connected, whatever the answer echoes.
   */
  public ChannelNumber connectNumber(String channelName, String number) {
    Validate.requiredText(ChannelFields.CHANNEL_NAME, channelName);
    ChannelValidator.e164("number", number);
    ChannelNumber sent = ChannelNumber.of(channelName, number);
    ApiRequest request = ApiRequest.post("/v1/channel-number").body(sent).build();
    return http.execute(request, response -> {
      JsonNode answer = readBody(response);
      if (answer == null) {
        return sent;
      }
      if (!answer.isObject()) {
        throw unreadable(response, "JSON " + answer.getNodeType().name().toLowerCase(Locale.ROOT)
            + " where ChannelNumber was expected");
      }
      ObjectNode completed = Json.mapper().valueToTree(sent);
      answer.properties().forEach(field -> {
        if (!field.getValue().isNull()) {
          completed.set(field.getKey(), field.getValue());
        }
      });
      return Json.mapper().treeToValue(completed, ChannelNumber.class);
    });
  }

  /**
   * Disconnects one number from its channel: {@code DELETE /v1/channel-number/{number}}, the number E.164 with its
   * {@code +} kept in the path. A 404 to a retry (after a first attempt whose outcome is unknown) counts as done.
   */
  public void disconnectNumber(String number) {
    ChannelValidator.e164("number", number);
    delete(ApiRequest.delete("/v1/channel-number").segment("number", number).build());
  }

  /** The account's caller IDs, {@value #DEFAULT_PAGE_SIZE} per request. */
  public Paged<ChannelCallerId> callerIds() {
    return callerIds(DEFAULT_PAGE_SIZE);
  }

  /**
   * The account's caller IDs: {@code GET /v1/accounts/{accountId}/siptrunk-channel-callerids?offset=&limit=},
   * {@code pageSize} per page, requested lazily as iteration goes. A listing ends only on an empty answer or at the
   * total a Hydra collection gives: a server that sends fewer than asked (it may cap its pages) is asked again from
   * the offset its answer reached. A server that answers the same items to a later offset (it ignores the offset)
   * fails the listing with {@code TrunkResponseException}; one that ignores {@code limit} and sends more than asked
   * has sent the rest of the list.
   */
  public Paged<ChannelCallerId> callerIds(int pageSize) {
    Validate.range("pageSize", pageSize, 1, 10_000);
    return Paging.byOffsetToEnd(pageSize, this::callerIdPage);
  }

  /** One request: up to {@code size} caller IDs from {@code offset}, with the total a Hydra collection gives. */
  private Paging.Chunk<ChannelCallerId> callerIdPage(long offset, int size) {
    ApiRequest request = accountRequest("siptrunk-channel-callerids").query("offset", offset).query("limit", size)
        .build();
    Listing<ChannelCallerId> answer = http.execute(request, listReader(ChannelCallerId.class));
    return Paging.Chunk.of(answer.items, answer.total);
  }

  /** The account's proxies: {@code GET /v1/accounts/{accountId}/siptrunk-channel-proxies} (one request). */
  public Paged<ChannelProxy> proxies() {
    return unpaged("siptrunk-channel-proxies", ChannelProxy.class);
  }

  /** The account's channel templates: {@code GET /v1/accounts/{accountId}/siptrunk-channel-templates}. */
  public Paged<ChannelTemplate> templates() {
    return unpaged("siptrunk-channel-templates", ChannelTemplate.class);
  }

  /** The account's call barrings: {@code GET /v1/accounts/{accountId}/siptrunk-channel-callbarrings}. */
  public Paged<ChannelCallBarring> callBarrings() {
    return unpaged("siptrunk-channel-callbarrings", ChannelCallBarring.class);
  }

  /**
   * Edits a channel: {@code POST /v1/channel/{name}} with only the fields {@code edit} sets. The password is sent
   * in clear and masked everywhere else. Not retried (it is a POST, and a rename cannot be repeated).
   */
  public ChannelEditResult editChannel(String channelName, ChannelEdit edit) {
    ChannelValidator.channelName("name", channelName);
    ChannelValidator.edit(edit);
    ApiRequest request = ApiRequest.post("/v1/channel").segment("name", channelName).body(body(edit))
        .sensitive(edit.password().orElse(null)).build();
    return http.execute(request, reader(ChannelEditResult.class, () -> ChannelEditResult.builder().build()));
  }

  /**
   * Sets the Operator Connect type of a number on a channel:
   * {@code PUT /v1/channel-number-operator-connect/{channel}} with the channel's name, the number and the
   * type. The number must already be connected to the channel; it is
   * sent exactly as given, E.164 ({@code +49…}) or 00-prefixed ({@code 0049…}) as in the document's example.
   */
  public OperatorConnectNumber setOperatorConnectNumberType(String channelName, String number,
      OperatorConnectNumberType numberType) {
    ChannelValidator.channelName(ChannelFields.CHANNEL_NAME, channelName);
    ChannelValidator.operatorConnectNumber("number", number);
    ChannelValidator.numberType(numberType);
    ObjectNode body = Json.object().put(ChannelFields.CHANNEL_NAME, channelName).put("number", number)
        .put("number_type", numberType.value());
    ApiRequest request = ApiRequest.put("/v1/channel-number-operator-connect")
        .segment(ChannelFields.CHANNEL_NAME, channelName).body(body).build();
    return http.execute(request, reader(OperatorConnectNumber.class,
        () -> OperatorConnectNumber.builder().addNumbers(number).numberType(numberType).build()));
  }

  /**
   * Removes the Operator Connect type from a number on a channel:
   * {@code DELETE /v1/channel-number-operator-connect/channels/{channel}/numbers/{number}}, each one path
   * segment, the number sent exactly as given (E.164 or 00-prefixed).
   */
  public void removeOperatorConnectNumberType(String channelName, String number) {
    ChannelValidator.channelName(ChannelFields.CHANNEL_NAME, channelName);
    ChannelValidator.operatorConnectNumber("number", number);
    delete(ApiRequest.delete("/v1/channel-number-operator-connect/channels")
        .segment(ChannelFields.CHANNEL_NAME, channelName).path("numbers").segment("number", number).build());
  }

  /** The JSON edit channel sends for {@code edit}: the typed fields set, the extra fields, the chosen id names. */
  ObjectNode body(ChannelEdit edit) {
    ObjectNode body = Json.mapper().valueToTree(edit);
    // the Secret itself, which only the engine's wire writer reveals (any other mapper writes ****)
    edit.password().ifPresent(p -> body.putPOJO(ChannelFields.PASSWORD, p));
    edit.fullE164Text().ifPresent(text -> body.put(ChannelFields.FULL_E164, text));
    JsonNode sipTrunk = body.get(ChannelFields.SIP_TRUNK);
    if (sipTrunk instanceof ObjectNode && spelling != IdFieldSpelling.EXAMPLE) {
      body.set(ChannelFields.SIP_TRUNK, rename((ObjectNode) sipTrunk, Map.of(
          IdFieldSpelling.EXAMPLE.templateField(), spelling.templateField(),
          IdFieldSpelling.EXAMPLE.proxyField(), spelling.proxyField())));
    }
    return body;
  }

  private static ObjectNode rename(ObjectNode object, Map<String, String> names) {
    ObjectNode renamed = Json.object();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      renamed.set(names.getOrDefault(field.getKey(), field.getKey()), field.getValue());
    }
    return renamed;
  }

  private ApiRequest.Builder accountRequest(String listing) {
    return ApiRequest.get("/v1/accounts").segment("accountId", accountId).path(listing);
  }

  private <T> Paged<T> unpaged(String listing, Class<T> type) {
    return Paging.unpaged(() -> {
      ApiRequest request = accountRequest(listing).build();
      return http.execute(request, listReader(type)).items;
    });
  }

  /** A removal: a 404 to a retry after an attempt that may have been carried out is done (the engine's rule). */
  private void delete(ApiRequest request) {
    http.execute(request, response -> {
      readBody(response);
      return null;
    });
  }

  /** Reads a JSON object of {@code type}; an empty body gives {@code whenEmpty}. */
  private <T> ResponseReader<T> reader(Class<T> type, Supplier<T> whenEmpty) {
    return response -> {
      JsonNode node = readBody(response);
      if (node == null) {
        return whenEmpty.get();
      }
      T value = Json.mapper().treeToValue(node, type);
      if (value == null) {
        throw unreadable(response, "a JSON null where " + type.getSimpleName() + " was expected");
      }
      return value;
    };
  }

  /** Reads a bare JSON array (as documented) or a Hydra collection ({@code hydra:member}, {@code hydra:totalItems}). */
  private <T> ResponseReader<Listing<T>> listReader(Class<T> type) {
    JavaType listType = Json.mapper().getTypeFactory().constructCollectionType(List.class, type);
    return response -> {
      JsonNode node = readBody(response);
      JsonNode items = node;
      OptionalLong total = OptionalLong.empty();
      if (node != null && node.isObject() && node.path("hydra:member").isArray()) {
        items = node.get("hydra:member");
        if (node.path("hydra:totalItems").canConvertToLong()) {
          total = OptionalLong.of(node.get("hydra:totalItems").asLong());
        }
      }
      if (items == null || !items.isArray()) {
        throw unreadable(response, items == null ? "an empty body where a list was expected"
            : "JSON " + items.getNodeType().name().toLowerCase(Locale.ROOT) + " where a list was expected");
      }
      List<T> list = Json.mapper().readerFor(listType).readValue(items);
      return new Listing<>(list, total);
    };
  }

  /**
   * The body as JSON, or null when it is empty. A body that is not JSON is refused; a body in the vendor's error
   * shape is thrown as the typed exception even under a 2xx status, as the document lists error bodies under its
   * 200 examples.
   */
  private JsonNode readBody(ApiResponse response) throws IOException {
    String contentType = response.header("Content-Type").orElse("");
    if (!contentType.isEmpty() && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
      if (blank(response.body())) {
        return null;
      }
      throw unreadable(response, "a body of type " + contentType.split(";")[0].trim()
          + " where JSON was expected");
    }
    JsonNode node = response.tree();   // streamed within the configured JSON budget; null when empty
    if (ChannelErrorDecoder.isErrorBody(node)) {
      throw response.errorInSuccess(node);
    }
    return node;
  }

  /** Whether {@code body} holds nothing but whitespace, read in chunks without keeping them. */
  private static boolean blank(java.io.InputStream body) throws IOException {
    byte[] chunk = new byte[4096];
    for (int n; (n = body.read(chunk)) >= 0; ) {
      for (int i = 0; i < n; i++) {
        if (!Character.isWhitespace(chunk[i])) {
          return false;
        }
      }
    }
    return true;
  }

  private TrunkResponseException unreadable(ApiResponse response, String what) {
    return new TrunkResponseException("[" + PROVIDER + "] " + response.method() + " " + response.path()
        + ": the vendor answered " + response.status() + " with " + what, response.method(), response.path(),
        response.status(), null);
  }

  /** One response of a listing. */
  private static final class Listing<T> {
    final List<T> items;
    final OptionalLong total;

    Listing(List<T> items, OptionalLong total) {
      this.items = items;
      this.total = total;
    }
  }
}
