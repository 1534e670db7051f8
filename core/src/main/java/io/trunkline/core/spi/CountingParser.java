package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser other than a {@link PageJsonParser}, its moves counted ({@link TokenCounter}) for
 * {@link JsonBudget#watch}. Jackson's {@code nextTextValue}, {@code nextIntValue}, {@code nextLongValue} and
 * {@code nextBooleanValue} of a delegate call {@link #nextToken}; {@code skipChildren} goes to the parser, uncounted.
 */
final class CountingParser extends JsonParserDelegate {
  private final TokenCounter counter;

  private CountingParser(JsonParser parser, TokenCounter counter) {
    super(parser);
    this.counter = counter;
  }

  /**
   * {@code parser}, counted. Typed as the plain parser so that verifying a caller does not load this class (nor
   * Jackson's delegate) where only {@link PageJsonParser}s are read, as on every vendor listing.
   */
  static JsonParser over(JsonParser parser, TokenCounter counter) {
    return new CountingParser(parser, counter);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    return counter.counted(delegate.nextToken(), delegate);
  }

  @Override
  public JsonToken nextValue() throws IOException {
    JsonToken t = nextToken();
    return t == JsonToken.FIELD_NAME ? nextToken() : t;
  }

  @Override
  public String nextFieldName() throws IOException {
    String name = delegate.nextFieldName();
    counter.counted(delegate.currentToken(), delegate);
    return name;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    boolean matched = delegate.nextFieldName(name);
    counter.counted(delegate.currentToken(), delegate);
    return matched;
  }
}
