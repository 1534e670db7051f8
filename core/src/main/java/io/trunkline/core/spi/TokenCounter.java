package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * One response body's {@link JsonBudget}: counts its tokens, and the index of each value read inside an array. A
 * value right after a field name is in an object, so only the others (a container's first token, an array's
 * elements, the root) look at the parser's context: one look per list item rather than one per token. So
 * {@link #afterName} must say whether the token before the current one is a field name: the parser must not move
 * from a field name without this counter seeing it ({@code skipChildren} moves only from a start token,
 * {@code finishToken} not at all).
 */
final class TokenCounter {
  private final JsonBudget budget;
  private final long maxTokens;
  private final int maxItems;
  private long tokens;
  /** The token counted last was a field name (a flag, not the token: no reference stored per token). */
  private boolean afterName;

  TokenCounter(JsonBudget budget, long maxTokens, int maxItems) {
    this.budget = budget;
    this.maxTokens = maxTokens;
    this.maxItems = maxItems;
  }

  /** {@code t}, the token {@code parser} has just moved to, once counted; throws when it passes a limit. */
  JsonToken counted(JsonToken t, JsonParser parser) throws IOException {
    if (t == null) {
      return null;
    }
    if (++tokens > maxTokens) {
      throw budget.tooManyTokens();
    }
    boolean valueOfName = afterName;
    afterName = t == JsonToken.FIELD_NAME;
    if (valueOfName || afterName) {
      return t;   // a name, or an object's value
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      JsonStreamContext parent = parser.getParsingContext().getParent();
      if (parent != null && parent.inArray() && parent.getCurrentIndex() >= maxItems) {
        throw budget.tooManyItems();
      }
    } else if (t.isScalarValue()) {
      JsonStreamContext context = parser.getParsingContext();
      if (context.inArray() && context.getCurrentIndex() >= maxItems) {
        throw budget.tooManyItems();
      }
    }
    return t;
  }

  /**
   * Moves {@code parser} past the nested value at its start token by reading its bytes
   * ({@link PageJsonParser#skipNested}), counting its tokens in bulk within the same limits; false when they are
   * left to be read one by one, with nothing moved.
   */
  boolean skipNested(PageJsonParser parser) throws IOException {
    long counted = parser.skipNested(maxTokens - tokens, maxItems);
    if (counted < 0) {
      return false;
    }
    tokens += counted;
    afterName = false;   // at the value's end token
    return true;
  }
}
