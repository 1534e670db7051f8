package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A nested value read as bytes ({@link PageJsonParser#skipNested}) leaves the parser where reading its tokens leaves
 * it (token, locations, context, the tokens after it) and counts the same tokens; and it is read so only when the
 * token reader accepts it (well-formed, no key twice in one object, within the limits): anything else is left to
 * the tokens, with nothing moved.
 */
class PageJsonParserTest {
  private static final long TOKENS = 1_000_000;
  private static final int ITEMS = 1000;

  /** A stream giving at most {@code chunk} bytes per read: values cross the parser's buffer wherever they may. */
  private static InputStream chunked(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  /** What reading the value's tokens gives: its token count, or -1 when the reader (or DeferredJson) refuses it. */
  private static long tokensRead(JsonParser p, long maxTokens, int maxItems) {
    try {
      long tokens = 0;
      List<Set<String>> names = new ArrayList<>();
      List<int[]> items = new ArrayList<>();
      names.add(p.currentToken() == JsonToken.START_OBJECT ? new HashSet<>() : null);
      items.add(new int[1]);
      while (!names.isEmpty()) {
        JsonToken t = p.nextToken();
        if (++tokens > maxTokens) {
          return -1;
        }
        int last = names.size() - 1;
        if (t == JsonToken.FIELD_NAME) {
          if (!names.get(last).add(p.currentName())) {
            return -1;
          }
          continue;
        }
        if (t.isStructEnd()) {
          names.remove(last);
          items.remove(last);
          continue;
        }
        if (names.get(last) == null && items.get(last)[0]++ >= maxItems) {
          return -1;
        }
        if (t.isStructStart()) {
          names.add(t == JsonToken.START_OBJECT ? new HashSet<>() : null);
          items.add(new int[1]);
        }
      }
      return tokens;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static JsonParser onValue(byte[] doc, int chunk) throws IOException {
    JsonParser p = Json.factory().createParser(chunked(doc, chunk));
    assertThat(p).isInstanceOf(PageJsonParser.class);
    assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    assertThat(p.nextFieldName()).isEqualTo("pad");
    p.nextToken();
    assertThat(p.nextFieldName()).isEqualTo("v");
    assertThat(p.nextToken().isStructStart()).isTrue();
    return p;
  }

  /** The next token, its text and where it is; or the error reading it. */
  private static String next(JsonParser p) {
    try {
      JsonToken t = p.nextToken();
      return t == null ? "end" : t + " " + p.getText() + " " + where(p.currentTokenLocation()) + " "
          + p.getParsingContext();
    } catch (IOException | RuntimeException e) {
      return "error " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static String where(JsonLocation l) {
    return l.getByteOffset() + "@" + l.getLineNr() + ":" + l.getColumnNr();
  }

  /** The fast path's answer for {@code value} placed after {@code pad} bytes, checked against the tokens' answer. */
  private static boolean check(String value, int pad, int chunk, long maxTokens, int maxItems) throws IOException {
    byte[] doc = ("{\"pad\":\"" + "p".repeat(pad) + "\",\"v\":" + value + " ,\n \"after\": [1, {\"x\": true}]}")
        .getBytes(StandardCharsets.UTF_8);
    try (JsonParser fast = onValue(doc, chunk); JsonParser slow = onValue(doc, chunk)) {
      String before = where(fast.currentLocation());
      long skipped = ((PageJsonParser) fast).skipNested(maxTokens, maxItems);
      long read = tokensRead(slow, maxTokens, maxItems);
      if (skipped < 0) {
        assertThat(where(fast.currentLocation())).as(value).isEqualTo(before);
        return false;
      }
      assertThat(skipped).as(value).isEqualTo(read);
      assertThat(fast.currentToken()).isEqualTo(slow.currentToken());
      assertThat(where(fast.currentLocation())).as(value).isEqualTo(where(slow.currentLocation()));
      assertThat(where(fast.currentTokenLocation())).as(value).isEqualTo(where(slow.currentTokenLocation()));
      assertThat(fast.getParsingContext().toString()).isEqualTo(slow.getParsingContext().toString());
      while (true) {   // the rest of the document, or its error, read alike
        String t = next(slow);
        assertThat(next(fast)).as(value).isEqualTo(t);
        if (t.equals("end") || t.startsWith("error")) {
          return true;
        }
      }
    }
  }

  private static boolean check(String value) throws IOException {
    boolean fast = check(value, 3, 8192, TOKENS, ITEMS);
    for (int chunk : new int[] {1, 7, 100}) {
      assertThat(check(value, 3, chunk, TOKENS, ITEMS)).as(value).isEqualTo(fast);
    }
    return fast;
  }

  @Test
  void ordinaryValues_areReadAsBytes_andLeaveTheParserWhereTheirTokensDo() throws Exception {
    for (String value : new String[] {
        "{}", "[]", "{\"a\":1}", "[1,2.50,-0,0.0,-12.5e+10,1E-3,12345678901234567890,true,false,null]",
        "{ \"a\" : { \"value\" : \"DEFAULT\" , \"custom_value\" : null } ,\n\t\"b\" : [ [ ] , { } , [ [ 1 ] ] ] }",
        "{\"s\":\"x\\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\",\"\":\"\",\"a b\":0}",
        "[\"\",\"\u007f\",{\"k\":[]}]",
        "{\"a\":{\"a\":{\"a\":1}},\"b\":{\"a\":2}}"}) {
      assertThat(check(value)).as(value).isTrue();
    }
  }

  @Test
  void valuesCrossingTheParsersBuffer_atEveryOffset_areReadAsBytes() throws Exception {
    String value = "{\"inbound_parameters\":{\"a\":{\"value\":\"DEFAULT\",\"custom_value\":null},\"n\":[1,2.5e3,true]},"
        + "\"list\":[\"x\",\"y\\n\"]}";
    for (int pad = 7900; pad < 8100; pad++) {
      assertThat(check(value, pad, 8192, TOKENS, ITEMS)).as("pad " + pad).isTrue();
    }
  }

  @Test
  void whatTheFastPathLeavesToTheTokens_movesNothing() throws Exception {
    for (String value : new String[] {
        // not JSON: the tokens refuse it
        "{\"a\":1,}", "[1,]", "[,1]", "{\"a\" 1}", "{\"a\":01}", "[-]", "[1.]", "[1e]", "[.5]", "[+1]", "[tru]",
        "[truex]", "[nul]", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "[\"a\tb\"]", "{a:1}", "{'a':1}", "[1 2]",
        "[NaN]", "{\"a\":1]", "[1}", "[\"a\u0001\"]",
        // a key twice: DeferredJson refuses it
        "{\"a\":1,\"a\":2}", "{\"o\":{\"x\":1,\"y\":2,\"x\":3}}", "[{\"a\":1,\"a\":1}]",
        // legal, but for the tokens: non-ASCII, escaped names, carriage returns, long numbers, large values
        "[\"\u00e9\"]", "{\"\u00e9\":1}", "{\"\\u0061\":1}", "[1,\r\n2]", "[" + "1".repeat(101) + "]",
        "[\"" + "x".repeat(9000) + "\"]"}) {
      assertThat(check(value)).as(value).isFalse();
    }
    // names that are the same only once decoded are left to the tokens, which refuse them
    assertThat(check("{\"a\":1,\"\\u0061\":2}")).isFalse();
    // a number of exactly the longest length is read as bytes
    assertThat(check("[" + "1".repeat(100) + "]")).isTrue();
  }

  @Test
  void valuesDeeperAndWiderThanTheScansFirstArrays_areReadAsBytes_andTheirDuplicatesStillFound() throws Exception {
    // nested objects deeper than the first depth, each with more names than the first name slots hold in all
    StringBuilder wide = new StringBuilder();
    int levels = 3 * NestedScan.DEPTH;
    for (int level = 0; level < levels; level++) {
      wide.append('{');
      for (int n = 0; n < 2 * NestedScan.NAMES; n++) {
        wide.append("\"n").append(n).append("\":").append(n).append(',');
      }
      wide.append("\"in\":");
    }
    String value = wide + "[{\"k\":1}]" + "}".repeat(levels);
    assertThat(check(value)).isTrue();
    // a name repeated at the deepest level, after the arrays grew: refused, as the tokens refuse it
    assertThat(check(value.replace("[{\"k\":1}]", "{\"a\":1,\"n3\":2,\"a\":3}"))).isFalse();
    // the same names in sibling objects are no duplicates
    assertThat(check("[" + (wide + "1" + "}".repeat(levels) + ",").repeat(3) + "0]")).isTrue();
  }

  @Test
  void theLimits_areLeftToTheTokens_atTheirEdge() throws Exception {
    String value = "[[1,2,3],{\"a\":[4,5]}]";   // 13 tokens after its start
    assertThat(check(value, 3, 8192, 13, 3)).isTrue();
    assertThat(check(value, 3, 8192, 12, 3)).isFalse();
    assertThat(check(value, 3, 8192, 13, 2)).isFalse();
    // nesting: the document's depth counts, up to the parser's limit
    String deep = "[".repeat(Json.MAX_NESTING_DEPTH - 1) + "]".repeat(Json.MAX_NESTING_DEPTH - 1);
    assertThat(check(deep)).isTrue();
    String deeper = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);
    assertThat(check(deeper)).isFalse();
  }

  @Test
  void aValueReadAsBytes_countsItsTokensAgainstTheBudget_asReadingThemWould() throws Exception {
    // 19 tokens: the object, "v", the array and its 13, "w", 1, the object's end
    byte[] doc = "{\"v\":[[1,2,3],{\"a\":[4,5]}],\"w\":1}".getBytes(StandardCharsets.UTF_8);
    EngineFixture fx = new EngineFixture();
    try {
      for (int max : new int[] {19, 18, 15}) {
        JsonBudget budget = JsonBudget.of(fx.config().maxJsonTokens(max).build());
        try (JsonParser p = budget.watch(Json.factory().createParser(new ByteArrayInputStream(doc)))) {
          p.nextToken();
          p.nextFieldName();
          p.nextToken();
          try {
            boolean skipped = JsonBudget.skipNested(p);
            assertThat(skipped).as("max " + max).isEqualTo(max >= 16);
            for (int depth = skipped ? 0 : 1; depth > 0; ) {   // else its tokens, counted one by one
              JsonToken t = p.nextToken();
              depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
            }
            assertThat(p.currentToken()).isEqualTo(JsonToken.END_ARRAY);
            assertThat(p.nextFieldName()).isEqualTo("w");
            assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
            assertThat(max).isEqualTo(19);
          } catch (ResponseBodies.BodyTooLargeException e) {
            assertThat(max).isLessThan(19);
            assertThat(e).hasMessageContaining("more than " + max + " JSON tokens");
          }
        }
      }
    } finally {
      fx.close();
    }
  }

  @Test
  void randomValues_andTheirCorruptions_areReadAsBytes_onlyWhenTheTokensAccept() throws Exception {
    Random random = new Random(18);
    int fast = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder json = new StringBuilder();
      value(json, random, 0, true);
      String value = json.toString();
      if (n % 2 == 1) {   // one byte changed, dropped or doubled
        int at = random.nextInt(value.length());
        String pick = ",:{}[]\"\\ 0-.eEtx\n";
        char c = pick.charAt(random.nextInt(pick.length()));
        int how = random.nextInt(3);
        value = how == 0 ? value.substring(0, at) + c + value.substring(at + 1)
            : how == 1 ? value.substring(0, at) + value.substring(at + 1)
            : value.substring(0, at) + value.charAt(at) + value.substring(at);
        if (value.isEmpty() || value.charAt(0) != '{' && value.charAt(0) != '[') {
          continue;
        }
      }
      if (check(value, random.nextInt(50), 1 + random.nextInt(64), 1 + random.nextInt(200), 1 + random.nextInt(8))) {
        fast++;
      }
    }
    assertThat(fast).isGreaterThan(300);
  }

  private static void value(StringBuilder json, Random random, int depth, boolean container) {
    int kind = container ? random.nextInt(2) : random.nextInt(depth > 4 ? 6 : 8);
    String space = random.nextInt(4) == 0 ? " \n\t".substring(random.nextInt(3)) : "";
    switch (kind) {
      case 0:
      case 6: {
        json.append('{').append(space);
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
          json.append(i == 0 ? "" : ",").append('"').append((char) ('a' + random.nextInt(6))).append("\"")
              .append(space).append(':');
          value(json, random, depth + 1, false);
        }
        json.append(space).append('}');
        break;
      }
      case 1:
      case 7: {
        json.append('[');
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
          json.append(i == 0 ? "" : ",").append(space);
          value(json, random, depth + 1, false);
        }
        json.append(']');
        break;
      }
      case 2:
        json.append(new String[] {"\"\"", "\"ab\\\"c\"", "\"\\u00E9\\n\"", "\"x/y\""}[random.nextInt(4)]);
        break;
      case 3:
        json.append(new String[] {"0", "-1", "2.50", "1e5", "-0.0E-2", "12345678901234567890"}[random.nextInt(6)]);
        break;
      case 4:
        json.append(new String[] {"true", "false", "null"}[random.nextInt(3)]);
        break;
      default:
        json.append(space).append("\"s\"").append(space);
    }
  }
}
