package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.IOException;
import java.io.InputStream;

/**
 * Jackson's parser of UTF-8 byte streams ({@link PageJsonFactory}'s), which can also move past a nested object or
 * array by reading its bytes ({@link NestedScan}) rather than its tokens: no name is canonicalized, no token made.
 * Once {@link JsonBudget#watch} gives it a {@link TokenCounter}, it counts every move itself: {@code nextToken},
 * both {@code nextFieldName}s, and the {@code next...Value} methods, which then move through {@code nextToken} as
 * Jackson's base parser does (so {@code skipChildren} and {@code nextValue}, which call it, are counted too).
 */
final class PageJsonParser extends UTF8StreamJsonParser {
  private NestedScan scan;
  /** Counts this parser's moves, once the parser is watched. */
  private TokenCounter counter;
  /** The stream gave nothing to {@link #readMore}. */
  private boolean ended;

  PageJsonParser(IOContext context, int features, InputStream in, ObjectCodec codec, ByteQuadsCanonicalizer symbols,
      byte[] buffer, int start, int end) {
    super(context, features, in, codec, symbols, buffer, start, end, 0, true);
  }

  /** Counts every move from now on with {@code counter}. */
  void count(TokenCounter counter) {
    this.counter = counter;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken t = super.nextToken();
    return counter == null ? t : counter.counted(t, this);
  }

  // Jackson's own nextFieldName()s and next...Value()s move without calling nextToken (next...Value from a field
  // name only): counted here, the last ones through nextToken as JsonParser's defaults do.

  @Override
  public String nextFieldName() throws IOException {
    String name = super.nextFieldName();
    if (counter != null) {
      counter.counted(_currToken, this);
    }
    return name;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    boolean matched = super.nextFieldName(name);
    if (counter != null) {
      counter.counted(_currToken, this);
    }
    return matched;
  }

  @Override
  public String nextTextValue() throws IOException {
    if (counter == null) {
      return super.nextTextValue();
    }
    return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
  }

  @Override
  public int nextIntValue(int defaultValue) throws IOException {
    if (counter == null) {
      return super.nextIntValue(defaultValue);
    }
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
  }

  @Override
  public long nextLongValue(long defaultValue) throws IOException {
    if (counter == null) {
      return super.nextLongValue(defaultValue);
    }
    return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
  }

  @Override
  public Boolean nextBooleanValue() throws IOException {
    if (counter == null) {
      return super.nextBooleanValue();
    }
    JsonToken t = nextToken();
    return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
  }

  /** See {@link JsonBudget#skipNested}: false when not watched. */
  boolean skipNestedCounted() throws IOException {
    return counter != null && counter.skipNested(this);
  }

  /**
   * From the start token of an object or array, moves to its end token as {@link #skipChildren()} would, having
   * read its bytes rather than its tokens, and answers how many tokens it holds after its start token; or answers
   * -1 and moves nothing when the value is not for the fast path ({@link NestedScan}), so that the caller reads its
   * tokens. The value must hold at most {@code maxTokens} tokens and no array of more than {@code maxItems} items;
   * the parser's nesting and number limits hold too.
   */
  long skipNested(long maxTokens, int maxItems) throws IOException {
    JsonToken start = _currToken;
    if (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY || _tokenIncomplete || _trackMaxTokenCount) {
      return -1;
    }
    if (scan == null) {
      scan = new NestedScan();
    }
    int depthRoom = _streamReadConstraints.getMaxNestingDepth() - _parsingContext.getNestingDepth();
    while (true) {
      int end = scan.scan(_inputBuffer, _inputPtr, _inputEnd, start == JsonToken.START_OBJECT, depthRoom,
          maxTokens, maxItems, _streamReadConstraints.getMaxNumberLength());
      if (end >= 0) {
        moveTo(end, start == JsonToken.START_OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY);
        return scan.tokens;
      }
      // the value goes on past the buffer: bring what is read of it to the front, read more, and scan again
      if (end == NestedScan.REFUSED || !readMore()) {
        return -1;
      }
    }
  }

  /**
   * Moves the unread bytes to the front of the buffer and reads more after them, until there are twice as many (so
   * that a value arriving in small reads is scanned again only a few times) or the buffer is full; false when the
   * buffer was full or the stream gives nothing.
   */
  private boolean readMore() throws IOException {
    int unread = _inputEnd - _inputPtr;
    if (_inputStream == null || ended || unread == _inputBuffer.length) {
      return false;
    }
    if (_inputPtr > 0) {
      _currInputProcessed += _inputPtr;
      _currInputRowStart -= _inputPtr;
      System.arraycopy(_inputBuffer, _inputPtr, _inputBuffer, 0, unread);
      _inputPtr = 0;
      _inputEnd = unread;
    }
    int wanted = Math.min(_inputBuffer.length, Math.max(2 * unread, unread + 1));
    boolean more = false;
    while (_inputEnd < wanted) {
      int read = _inputStream.read(_inputBuffer, _inputEnd, _inputBuffer.length - _inputEnd);
      if (read <= 0) {
        ended = true;   // not read again here: the tokens read next find the end as before, and say so
        break;
      }
      _inputEnd += read;
      more = true;
    }
    return more;
  }

  /** The state {@code nextToken} leaves on reading the end token that ends at {@code end}. */
  private void moveTo(int end, JsonToken token) throws IOException {
    if (scan.lineFeeds > 0) {
      _currInputRow += scan.lineFeeds;
      _currInputRowStart = scan.lineStart;
    }
    _inputPtr = end;
    _numTypesValid = NR_UNKNOWN;
    _binaryValue = null;
    _tokenInputRow = _currInputRow;
    _tokenInputTotal = _currInputProcessed + end;
    _tokenInputCol = end - _currInputRowStart;
    _parsingContext = _parsingContext.clearAndGetParent();
    _updateToken(token);
  }
}
