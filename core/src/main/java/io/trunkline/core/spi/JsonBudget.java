package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import io.trunkline.core.ProviderConfig;
import java.io.IOException;

/**
 * What one response body may expand into, besides its bytes: at most {@link ProviderConfig#maxJsonTokens()} JSON
 * tokens and at most {@link ProviderConfig#maxItemsPerPage()} elements in any one array. Every JSON read of a
 * response body goes through {@link #watch}: a counter on the streaming path, no second pass and no tree. Passing
 * a limit throws {@link ResponseBodies.BodyTooLargeException} naming it, which the engine reports as
 * {@code TrunkResponseException} ({@code tooLarge()}) (an {@code IOException} that is not Jackson's own, so no deserializer
 * wraps it).
 */
final class JsonBudget {
  private final long maxTokens;
  private final int maxItems;

  private JsonBudget(long maxTokens, int maxItems) {
    this.maxTokens = maxTokens;
    this.maxItems = maxItems;
  }

  static JsonBudget of(ProviderConfig config) {
    return new JsonBudget(config.maxJsonTokens(), config.maxItemsPerPage());
  }

  /** {@code parser}, counting as it is read. */
  JsonParser watch(JsonParser parser) {
    return new Counting(parser, this);
  }

  /**
   * Moves {@code parser} (one {@link #watch} made) from the start token of an object or array to its end token, as
   * reading its tokens would, counting them, when its bytes can be read instead ({@link PageJsonParser#skipNested});
   * false when they cannot, having moved nothing: the caller reads the tokens, which count as before.
   */
  static boolean skipNested(JsonParser parser) throws IOException {
    return parser instanceof Counting && ((Counting) parser).skipNested();
  }

  ResponseBodies.BodyTooLargeException tooManyTokens() {
    return new ResponseBodies.BodyTooLargeException("more than " + maxTokens + " JSON tokens",
        "ProviderConfig.maxJsonTokens");
  }

  ResponseBodies.BodyTooLargeException tooManyItems() {
    return new ResponseBodies.BodyTooLargeException("an array of more than " + maxItems + " items",
        "ProviderConfig.maxItemsPerPage");
  }

  /**
   * Counts tokens, and the index of each value read inside an array. A value right after a field name is in an
   * object, so only the others (a container's first token, an array's elements, the root) look at the parser's
   * context: one look per list item rather than one per token. The parser moves without this counter only in
   * {@code skipChildren} (from a start token, never from a field name) and {@code finishToken} (not at all), so
   * {@link #last} is the token before the current one whenever it is a field name.
   */
  private static final class Counting extends JsonParserDelegate {
    private final JsonBudget budget;
    private final long maxTokens;
    private final int maxItems;
    private long tokens;
    /** The token counted last. */
    private JsonToken last;

    Counting(JsonParser parser, JsonBudget budget) {
      super(parser);
      this.budget = budget;
      this.maxTokens = budget.maxTokens;
      this.maxItems = budget.maxItems;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      return counted(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextFieldName() throws IOException {
      String name = delegate.nextFieldName();
      counted(delegate.currentToken());
      return name;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
      boolean matched = delegate.nextFieldName(name);
      counted(delegate.currentToken());
      return matched;
    }

    /** See {@link JsonBudget#skipNested}: the value's tokens counted in bulk, within the same limits. */
    boolean skipNested() throws IOException {
      if (!(delegate instanceof PageJsonParser)) {
        return false;
      }
      long counted = ((PageJsonParser) delegate).skipNested(maxTokens - tokens, maxItems);
      if (counted < 0) {
        return false;
      }
      tokens += counted;
      last = delegate.currentToken();
      return true;
    }

    private JsonToken counted(JsonToken t) throws IOException {
      if (t == null) {
        return null;
      }
      if (++tokens > maxTokens) {
        throw budget.tooManyTokens();
      }
      JsonToken before = last;
      last = t;
      if (before == JsonToken.FIELD_NAME || t == JsonToken.FIELD_NAME) {
        return t;   // a name, or an object's value
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        JsonStreamContext parent = delegate.getParsingContext().getParent();
        if (parent != null && parent.inArray() && parent.getCurrentIndex() >= maxItems) {
          throw budget.tooManyItems();
        }
      } else if (t.isScalarValue()) {
        JsonStreamContext context = delegate.getParsingContext();
        if (context.inArray() && context.getCurrentIndex() >= maxItems) {
          throw budget.tooManyItems();
        }
      }
      return t;
    }
  }
}
