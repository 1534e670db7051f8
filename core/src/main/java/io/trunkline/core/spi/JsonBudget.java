package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonParser;
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

  /**
   * {@code parser}, counting as it is read: a {@link PageJsonParser} counts in its own moves (no delegate between
   * the reader and the parser); any other parser is wrapped in a delegate that counts.
   */
  JsonParser watch(JsonParser parser) {
    TokenCounter counter = new TokenCounter(this, maxTokens, maxItems);
    if (parser instanceof PageJsonParser) {
      ((PageJsonParser) parser).count(counter);
      return parser;
    }
    return CountingParser.over(parser, counter);
  }

  /**
   * Moves {@code parser} (one {@link #watch} made) from the start token of an object or array to its end token, as
   * reading its tokens would, counting them, when its bytes can be read instead ({@link PageJsonParser#skipNested});
   * false when they cannot, having moved nothing: the caller reads the tokens, which count as before.
   */
  static boolean skipNested(JsonParser parser) throws IOException {
    return parser instanceof PageJsonParser && ((PageJsonParser) parser).skipNestedCounted();
  }

  ResponseBodies.BodyTooLargeException tooManyTokens() {
    return new ResponseBodies.BodyTooLargeException("more than " + maxTokens + " JSON tokens",
        "ProviderConfig.maxJsonTokens");
  }

  ResponseBodies.BodyTooLargeException tooManyItems() {
    return new ResponseBodies.BodyTooLargeException("an array of more than " + maxItems + " items",
        "ProviderConfig.maxItemsPerPage");
  }
}
