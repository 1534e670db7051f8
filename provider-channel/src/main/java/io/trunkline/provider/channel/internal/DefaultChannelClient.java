package io.trunkline.provider.channel.internal;

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
import io.trunkline.provider.channel.ChannelCallBarring;
import io.trunkline.provider.channel.ChannelCallerId;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.provider.channel.ChannelEditResult;
import io.trunkline.provider.channel.ChannelNumber;
import io.trunkline.provider.channel.ChannelProxy;
import io.trunkline.provider.channel.ChannelTemplate;
import io.trunkline.provider.channel.OperatorConnectNumber;
import io.trunkline.provider.channel.OperatorConnectNumberType;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The {@link ChannelClient} of one provider: its calls through the provider's {@link HttpEngine}, for the account
 * {@link ChannelClient#ACCOUNT_ID} names, with the id field names {@link IdFieldSpelling} picks.
 */
final class DefaultChannelClient implements ChannelClient {
  /** What a declared type names to be read as JSON, in any letter case. */
  private static final String JSON_WORD = "json";
  private final HttpEngine http;
  private final String accountId;
  private final IdFieldSpelling spelling;

  DefaultChannelClient(HttpEngine http, String accountId, IdFieldSpelling spelling) {
    this.http = http;
    this.accountId = accountId;
    this.spelling = spelling;
  }

  @Override
  public String accountId() {
    return accountId;
  }

  /** The names sent for the template and proxy ids of the SIP trunk section (the setting id-field-spelling). */
  IdFieldSpelling idFieldSpelling() {
    return spelling;
  }

  @Override
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

  @Override
  public void disconnectNumber(String number) {
    ChannelValidator.e164("number", number);
    delete(ApiRequest.delete("/v1/channel-number").segment("number", number).build());
  }

  @Override
  public Paged<ChannelCallerId> callerIds(int pageSize) {
    Validate.range("pageSize", pageSize, 1, 10_000);
    return callerIds(pageSize, CallerIdReader::typed);
  }

  /**
   * The caller IDs as {@link #callerIds(int)} lists them, each page read straight into the items a fresh
   * {@code items} makes (the neutral provider's {@code CallerId}s: one object per caller ID).
   */
  <T> Paged<T> callerIds(int pageSize, Supplier<CallerIdReader.Items<T>> items) {
    return callerIds(CallerIdReader.pages(items, pageSize));
  }

  /** The caller IDs in {@code pages} of their size, each read into the items {@code pages} makes for it. */
  <T> Paged<T> callerIds(CallerIdReader.Pages<T> pages) {
    return Paging.byOffsetToEnd(pages.size, (offset, size) -> callerIdPage(offset, size, pages));
  }

  /** One request: up to {@code size} caller IDs from {@code offset}, with the total a Hydra collection gives. */
  private <T> Paging.Chunk<T> callerIdPage(long offset, int size, CallerIdReader.Pages<T> pages) {
    ApiRequest request = accountRequest("siptrunk-channel-callerids").query("offset", Long.toString(offset))
        .query("limit", Integer.toString(size)).build();
    return http.execute(request, response -> {
      if (!declaredJson(response)) {
        throw unreadable(response, "an empty body where a list was expected");
      }
      return CallerIdReader.page(response, pages);
    });
  }

  @Override
  public Paged<ChannelProxy> proxies() {
    return unpaged("siptrunk-channel-proxies", ChannelProxy.class);
  }

  @Override
  public Paged<ChannelTemplate> templates() {
    return unpaged("siptrunk-channel-templates", ChannelTemplate.class);
  }

  @Override
  public Paged<ChannelCallBarring> callBarrings() {
    return unpaged("siptrunk-channel-callbarrings", ChannelCallBarring.class);
  }

  @Override
  public ChannelEditResult editChannel(String channelName, ChannelEdit edit) {
    ChannelValidator.channelName("name", channelName);
    ChannelValidator.edit(edit);
    ApiRequest request = ApiRequest.post("/v1/channel").segment("name", channelName).body(body(edit))
        .sensitive(edit.password().orElse(null)).build();
    return http.execute(request, reader(ChannelEditResult.class, () -> ChannelEditResult.builder().build()));
  }

  @Override
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

  @Override
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
    if (!declaredJson(response)) {
      return null;
    }
    JsonNode node = response.tree();   // streamed within the configured JSON budget; null when empty
    if (ChannelErrorDecoder.isErrorBody(node)) {
      throw response.errorInSuccess(node);
    }
    return node;
  }

  /**
   * Whether the body is to be read as JSON: its declared type is JSON, or none is declared. A body of another type
   * is refused unless it is blank: then false (no body).
   */
  private static boolean declaredJson(ApiResponse response) throws IOException {
    String contentType = response.header("Content-Type").orElse("");
    if (contentType.isEmpty() || namesJson(contentType)) {
      return true;
    }
    if (blank(response.body())) {
      return false;
    }
    throw unreadable(response, "a body of type " + contentType.split(";")[0].trim() + " where JSON was expected");
  }

  /**
   * Whether {@code contentType} holds {@code json} in any letter case: what its lower-case form ({@link Locale#ROOT})
   * containing {@code json} says, without making that form (no other character lower-cases to one of those letters).
   */
  static boolean namesJson(String contentType) {
    for (int start = 0, last = contentType.length() - JSON_WORD.length(); start <= last; start++) {
      int k = 0;
      while (k < JSON_WORD.length() && asciiLower(contentType.charAt(start + k)) == JSON_WORD.charAt(k)) {
        k++;
      }
      if (k == JSON_WORD.length()) {
        return true;
      }
    }
    return false;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
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

  /** The answer cannot be read as {@code what} says ({@code TrunkResponseException}, not retried). */
  static TrunkResponseException unreadable(ApiResponse response, String what) {
    return new TrunkResponseException("[" + ID + "] " + response.method() + " " + response.path()
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
