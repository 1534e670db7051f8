package io.trunkline.core.spi;

/**
 * Finds the end of a nested JSON object or array by reading its bytes, without tokens: the fast path of
 * {@link PageJsonParser#skipNested}. It accepts only what the streaming parser and {@link DeferredJson} accept
 * without doubt, and answers {@link #REFUSED} for anything else, so that the caller reads the value token by token
 * (which refuses, or accepts, exactly as before): names of printable ASCII without escapes, each once per object;
 * strings of printable ASCII with valid escapes; numbers in JSON's grammar, no leading zero, at most
 * {@code maxNumberLength} characters; {@code true}, {@code false}, {@code null}; spaces, tabs and line feeds
 * between tokens; nesting, tokens and array items within the limits given. One instance per parser; not thread-safe.
 */
final class NestedScan {
  /** The value is not for the fast path (or not JSON): read it token by token. */
  static final int REFUSED = -1;
  /** The value goes on past the bytes given. */
  static final int MORE = -2;

  /** Most names one object may have on the fast path (duplicates are looked for by a scan of the others). */
  private static final int MAX_NAMES = 128;
  /** Longest name on the fast path, in bytes (far below the parser's limit). */
  private static final int MAX_NAME = 1024;
  /** The open containers the arrays first hold (they double when a value nests deeper). */
  static final int DEPTH = 4;
  /** The names of open objects the arrays first hold (they double when a value has more). */
  static final int NAMES = 8;

  /** Tokens read by the last successful {@link #scan}, its end token included. */
  int tokens;
  /** Line feeds read by the last successful scan. */
  int lineFeeds;
  /** The offset just after the last line feed read, if any. */
  int lineStart;

  /** Line feeds read so far by the running scan, and the offset just after the last (-1: none yet). */
  private int feeds;
  private int feedAt;

  // The open containers, innermost last: object or array, and the items read (arrays) or first name (objects);
  // and the names of the open objects, each object's from its entry in counts. Made small (a parser is made per
  // response, and most nested values are shallow objects of a few names), grown when a value needs more.
  private boolean[] objects = new boolean[DEPTH];
  private int[] counts = new int[DEPTH];
  private int[] nameStarts = new int[NAMES];
  private int[] nameLengths = new int[NAMES];
  private int[] nameHashes = new int[NAMES];

  /**
   * The offset just after the end of the value whose first byte (its {@code '{'} or {@code '['}) is just before
   * {@code from} in {@code b}, read no further than {@code end}; else {@link #REFUSED} or {@link #MORE}.
   *
   * @param depthRoom how many levels may open inside the value
   * @param maxTokens the most tokens the value may hold after its start token
   * @param maxItems the most items any array inside it may hold
   */
  int scan(byte[] b, int from, int end, boolean object, int depthRoom, long maxTokens, int maxItems,
      int maxNumberLength) {
    int depth = 0;
    objects[0] = object;
    counts[0] = 0;
    int names = 0;
    long read = 0;
    feeds = 0;
    feedAt = -1;
    int i = from;
    boolean first = true;   // just after an open token: a close token or the first entry
    while (true) {
      // between tokens: whitespace, then a close, a comma or (first) an entry
      int c;
      i = space(b, i, end);
      if (i == MORE) {
        return MORE;
      }
      c = b[i];
      boolean inObject = objects[depth];
      if (c == (inObject ? '}' : ']')) {
        i++;
        if (++read > maxTokens) {
          return REFUSED;
        }
        if (inObject) {
          names = counts[depth];
        }
        if (depth == 0) {
          tokens = (int) read;
          lineFeeds = feeds;
          lineStart = feedAt;
          return i;
        }
        depth--;
        first = false;
        continue;
      }
      if (!first) {
        if (c != ',') {
          return REFUSED;
        }
        i++;
        i = space(b, i, end); // whitespace after the comma
        if (i == MORE) {
          return MORE;
        }
        c = b[i];
      }
      first = false;
      if (inObject) {
        // a name: printable ASCII, no escape, not seen before in this object
        if (c != '"') {
          return REFUSED;
        }
        int start = ++i;
        int hash = 0;
        while (true) {
          if (i >= end) {
            return MORE;
          }
          c = b[i];
          if (c == '"') {
            break;
          }
          if (c < 0x20 || c == '\\') {   // negative: not ASCII
            return REFUSED;
          }
          hash = 31 * hash + c;
          i++;
        }
        int length = i - start;
        i++;
        if (length > MAX_NAME || ++read > maxTokens) {
          return REFUSED;
        }
        int own = counts[depth];
        if (names - own >= MAX_NAMES) {
          return REFUSED;
        }
        for (int n = own; n < names; n++) {
          if (nameHashes[n] == hash && nameLengths[n] == length && same(b, nameStarts[n], start, length)) {
            return REFUSED;   // a duplicate: the token reader says so
          }
        }
        if (names == nameStarts.length) {
          nameStarts = java.util.Arrays.copyOf(nameStarts, names * 2);
          nameLengths = java.util.Arrays.copyOf(nameLengths, names * 2);
          nameHashes = java.util.Arrays.copyOf(nameHashes, names * 2);
        }
        nameStarts[names] = start;
        nameLengths[names] = length;
        nameHashes[names++] = hash;
        i = space(b, i, end); // whitespace, a colon, whitespace
        if (i == MORE) {
          return MORE;
        }
        c = b[i];
        if (c != ':') {
          return REFUSED;
        }
        i++;
        i = space(b, i, end);
        if (i == MORE) {
          return MORE;
        }
        c = b[i];
      } else if (counts[depth]++ >= maxItems) {
        return REFUSED;
      }
      // a value
      if (++read > maxTokens) {
        return REFUSED;
      }
      if (c == '{' || c == '[') {
        if (++depth > depthRoom) {
          return REFUSED;
        }
        if (depth == objects.length) {
          objects = java.util.Arrays.copyOf(objects, depth * 2);
          counts = java.util.Arrays.copyOf(counts, depth * 2);
        }
        objects[depth] = c == '{';
        counts[depth] = c == '{' ? names : 0;
        first = true;
        i++;
      } else if (c == '"') {
        i = string(b, i + 1, end);
      } else if (c == '-' || c >= '0' && c <= '9') {
        i = number(b, i, end, maxNumberLength);
      } else if (c == 't') {
        i = literal(b, i, end, TRUE);
      } else if (c == 'f') {
        i = literal(b, i, end, FALSE);
      } else if (c == 'n') {
        i = literal(b, i, end, NULL);
      } else {
        return REFUSED;
      }
      if (i < 0) {
        return i;
      }
    }
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /** Just after the spaces, tabs and line feeds (counted) from {@code i}; {@link #MORE} when they run to {@code end}. */
  private int space(byte[] b, int i, int end) {
    while (i < end) {
      byte c = b[i];
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '\n') {
        feeds++;
        feedAt = ++i;
      } else {
        return i;
      }
    }
    return MORE;
  }

  /** Just after the string whose content starts at {@code i}; or REFUSED or MORE. */
  private static int string(byte[] b, int i, int end) {
    while (true) {
      if (i >= end) {
        return MORE;
      }
      int c = b[i++];
      if (c == '"') {
        return i;
      }
      if (c < 0x20) {   // negative: not ASCII
        return REFUSED;
      }
      if (c == '\\') {
        if (i >= end) {
          return MORE;
        }
        c = b[i++];
        if (c == 'u') {
          if (i + 4 > end) {
            return MORE;
          }
          for (int k = 0; k < 4; k++) {
            if (!hex(b[i++])) {
              return REFUSED;
            }
          }
        } else if (c != '"' && c != '\\' && c != '/' && c != 'b' && c != 'f' && c != 'n' && c != 'r'
            && c != 't') {
          return REFUSED;
        }
      }
    }
  }

  private static boolean hex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /**
   * Just after the number starting at {@code i}: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, then a
   * byte that is none of its own; or REFUSED or MORE.
   */
  private static int number(byte[] b, int i, int end, int maxLength) {
    int start = i;
    if (b[i] == '-') {
      i++;
    }
    if (i >= end) {
      return MORE;
    }
    if (b[i] == '0') {
      i++;
      if (i >= end) {
        return MORE;
      }
      if (digit(b[i])) {
        return REFUSED;   // a leading zero
      }
    } else {
      int digits = i;
      i = digits(b, i, end);
      if (i == digits) {
        return REFUSED;
      }
    }
    if (i >= end) {
      return MORE;
    }
    if (b[i] == '.') {
      int digits = ++i;
      i = digits(b, i, end);
      if (i >= end) {
        return MORE;
      }
      if (i == digits) {
        return REFUSED;
      }
    }
    if (b[i] == 'e' || b[i] == 'E') {
      i++;
      if (i >= end) {
        return MORE;
      }
      if (b[i] == '+' || b[i] == '-') {
        i++;
      }
      int digits = i;
      i = digits(b, i, end);
      if (i >= end) {
        return MORE;
      }
      if (i == digits) {
        return REFUSED;
      }
    }
    if (i >= end) {
      return MORE;
    }
    return i - start > maxLength ? REFUSED : i;
  }

  private static int digits(byte[] b, int i, int end) {
    while (i < end && digit(b[i])) {
      i++;
    }
    return i;
  }

  private static boolean digit(int c) {
    return c >= '0' && c <= '9';
  }

  private static int literal(byte[] b, int i, int end, byte[] word) {
    if (i + word.length >= end) {   // and the byte after it, which must not go on the word
      return MORE;
    }
    for (byte w : word) {
      if (b[i++] != w) {
        return REFUSED;
      }
    }
    return i;
  }

  private static boolean same(byte[] b, int one, int other, int length) {
    for (int k = 0; k < length; k++) {
      if (b[one + k] != b[other + k]) {
        return false;
      }
    }
    return true;
  }
}
