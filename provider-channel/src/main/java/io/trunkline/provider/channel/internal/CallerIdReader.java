package io.trunkline.provider.channel.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.spi.ApiResponse;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.provider.channel.ChannelCallerId;
import io.trunkline.provider.channel.ImmutableChannelCallerId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Reads one answer of the caller-ID listing straight into what the caller gets, one object per caller ID: the typed
 * {@link ChannelCallerId} or the neutral {@link CallerId}. The documented bare array is read token by token as it
 * streams in (within the engine's JSON budget), never as a tree; only a field the document does not describe is
 * read as a tree, into the item's extra fields. An object answer (a Hydra collection, or an error body under a 2xx)
 * is read as a tree, then its {@code hydra:member} items by the same item reader.
 *
 * <p>Each caller ID is an object holding its number under {@code callerId} (the vendor's spelling) or
 * {@value ChannelFields#CALLER_ID} (the edit's): a JSON string, or a number or boolean taken as its text. An item
 * without it, with both spellings, or not an object is refused ({@code TrunkResponseException}).
 */
final class CallerIdReader {
  /** The number's name as the vendor writes it. */
  static final String CALLER_ID = "callerId";
  static final String HYDRA_MEMBER = "hydra:member";
  static final String HYDRA_TOTAL = "hydra:totalItems";
  /** No page list is sized up front beyond this many items, whatever size was asked for. */
  private static final int MAX_PRESIZE = 1_000;

  /** Makes the items of one page (a fresh one per page: it may reuse a builder from item to item). */
  interface Items<T> {
    /**
     * One caller ID: its number and the fields the document does not describe, in the vendor's order (an empty map,
     * not to be kept, when there are none).
     */
    T item(String callerId, Map<String, JsonNode> extraFields);
  }

  /** The typed client's items: one {@link ChannelCallerId} each. */
  static Items<ChannelCallerId> typed() {
    return TYPED;
  }

  /**
   * The neutral provider's items: one {@link CallerId} each, made by one builder per page. The builder keeps the
   * provider from item to item and is cleared only after an item with extra fields: building leaves the rest as set.
   */
  static Items<CallerId> neutral(String provider) {
    CallerId.Builder builder = CallerId.builder();
    builder.provider(provider);
    return (number, extra) -> {
      if (extra.isEmpty()) {
        return builder.number(number).build();
      }
      CallerId withExtra = builder.number(number).putAllAttributes(extra).build();
      builder.clear().provider(provider);
      return withExtra;
    };
  }

  private static final ImmutableChannelCallerId TYPED_PROTOTYPE = ImmutableChannelCallerId.builder().callerId("")
      .build();
  private static final Items<ChannelCallerId> TYPED = (number, extra) -> extra.isEmpty()
      ? TYPED_PROTOTYPE.withCallerId(number)
      : ImmutableChannelCallerId.builder().callerId(number).putAllExtraFields(extra).build();

  private static final String ITEMS = CallerIdReader.class.getName() + ".items";
  private static final ObjectReader ANSWER = Json.mapper().copy()
      .registerModule(new SimpleModule().addDeserializer(CallerIds.class, new AnswerDeserializer()))
      .readerFor(CallerIds.class);
  /** Reads one value inside the answer (an extra field, a Hydra member), so the answer's rest is no trailer. */
  private static final ObjectReader TREES = Json.mapper().readerFor(JsonNode.class)
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private CallerIdReader() {}

  /**
   * The pages of one listing asked for {@code size} items each, read into the items a fresh {@code items} makes per
   * page: bound once to the answer reader, so reading a page makes no reader of its own.
   */
  static <T> Pages<T> pages(Supplier<Items<T>> items, int size) {
    return new Pages<>(items, size);
  }

  /**
   * The page {@code response} holds, one of {@code pages}: a bare array (as documented), or a Hydra collection with
   * its total. An error body is thrown as the vendor's error ({@link ApiResponse#errorInSuccess}); any other JSON is
   * refused.
   */
  static <T> Paging.Chunk<T> page(ApiResponse response, Pages<T> pages) throws IOException {
    CallerIds answer = response.json(pages.answers);
    if (answer.items != null) {
      @SuppressWarnings("unchecked")
      List<T> read = (List<T>) answer.items;
      return Paging.Chunk.of(read);
    }
    JsonNode node = answer.other;
    if (ChannelErrorDecoder.isErrorBody(node)) {
      throw response.errorInSuccess(node);
    }
    if (!node.isObject() || !node.path(HYDRA_MEMBER).isArray()) {
      throw DefaultChannelClient.unreadable(response, "JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
          + " where a list was expected");
    }
    JsonNode members = node.get(HYDRA_MEMBER);
    Items<T> items = pages.items.get();
    List<T> read = new ArrayList<>(members.size());
    for (JsonNode member : members) {
      try (JsonParser p = TREES.treeAsTokens(member)) {
        p.nextToken();
        read.add(item(p, items, read.size()));
      } catch (MismatchedInputException e) {
        throw DefaultChannelClient.unreadable(response, "a list that cannot be read: " + e.getOriginalMessage());
      }
    }
    JsonNode total = node.path(HYDRA_TOTAL);
    return Paging.Chunk.of(read, total.canConvertToLong() ? OptionalLong.of(total.asLong()) : OptionalLong.empty());
  }

  /** The item at the parser's current token (its {@code index} in the page, for messages), read to its end. */
  private static <T> T item(JsonParser p, Items<T> items, int index) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw refused(p, "caller ID " + (index + 1) + " is " + kind(p.currentToken()) + " where an object was expected");
    }
    String number = null;
    Map<String, JsonNode> extra = Map.of();
    // nextFieldName, the parser's fast path for names (the engine's JSON budget counts it like nextToken)
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken value = p.nextToken();
      if (name.equals(CALLER_ID) || name.equals(ChannelFields.CALLER_ID)) {
        if (number != null) {
          throw refused(p, "caller ID " + (index + 1) + " holds both '" + CALLER_ID + "' and '"
              + ChannelFields.CALLER_ID + "' (one field under two spellings)");
        }
        if (!value.isScalarValue() || value == JsonToken.VALUE_NULL) {
          throw refused(p, "caller ID " + (index + 1) + " has " + kind(value) + " as '" + name + "' where a string"
              + " was expected");
        }
        number = p.getText();
      } else {
        if (extra.isEmpty()) {
          extra = new LinkedHashMap<>();
        }
        extra.put(name, value == JsonToken.VALUE_NULL ? NullNode.getInstance() : TREES.readTree(p));
      }
    }
    if (number == null) {
      throw refused(p, "caller ID " + (index + 1) + " has no '" + CALLER_ID + "' (nor '" + ChannelFields.CALLER_ID
          + "')");
    }
    return items.item(number, extra);
  }

  /** The kind of value {@code token} starts, for messages. */
  private static String kind(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_NULL:
        return "a JSON null";
      case VALUE_STRING:
        return "a string";
      default:
        return "a JSON " + (token.isNumeric() ? "number" : token.isBoolean() ? "boolean" : token.name());
    }
  }

  private static MismatchedInputException refused(JsonParser p, String what) {
    return MismatchedInputException.from(p, CallerIds.class, what);
  }

  /**
   * The pages of one listing: what makes each page's items, the size asked for (to size the list), and the answer
   * reader that carries both to {@link AnswerDeserializer}. Immutable: pages may be read on several threads at once.
   */
  static final class Pages<T> {
    final Supplier<Items<T>> items;
    final int size;
    final ObjectReader answers;

    Pages(Supplier<Items<T>> items, int size) {
      this.items = items;
      this.size = size;
      this.answers = ANSWER.withAttribute(ITEMS, this);
    }
  }

  /** One answer: the items of a bare array, or else the other JSON it holds, as a tree. */
  private static final class CallerIds {
    final List<Object> items;
    final JsonNode other;

    CallerIds(List<Object> items, JsonNode other) {
      this.items = items;
      this.other = other;
    }
  }

  /** Streams a bare array item by item; reads anything else as a tree for {@link #page} to judge. */
  private static final class AnswerDeserializer extends StdDeserializer<CallerIds> {
    private static final long serialVersionUID = 1L;

    AnswerDeserializer() {
      super(CallerIds.class);
    }

    @Override
    public CallerIds deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        return new CallerIds(null, ctxt.readTree(p));
      }
      Pages<?> pages = (Pages<?>) ctxt.getAttribute(ITEMS);
      Items<?> made = pages.items.get();
      List<Object> items = new ArrayList<>(Math.min(pages.size, MAX_PRESIZE));
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        items.add(item(p, made, items.size()));
      }
      return new CallerIds(items, null);
    }

    /** A JSON {@code null} answer: judged (and refused) by {@link #page}, as any other JSON that is not a list. */
    @Override
    public CallerIds getNullValue(DeserializationContext ctxt) {
      return new CallerIds(null, NullNode.getInstance());
    }
  }
}
