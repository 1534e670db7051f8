package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request logging with redaction: one line per attempt at debug; headers and bodies at trace, where header
 * values are shown only for an allow-list, JSON fields named like secrets are replaced, and every known secret
 * value is masked.
 */
final class WireLog {
  static final Logger LOG = LoggerFactory.getLogger("io.trunkline.http");
  static final String REDACTED = "REDACTED";
  private static final Set<String> SHOWN_HEADERS = Set.of(
      "accept", "content-type", "content-length", "content-encoding", "user-agent", "date", "retry-after",
      "x-request-id", "request-id", "x-correlation-id", "location", "x-ratelimit-limit", "x-ratelimit-remaining",
      "x-ratelimit-reset");
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(pass(word|wd)?|secret|token|api[-_]?key|apikey|authorization|credential|signature|pwd).*");
  private static final int BODY_LOG_BYTES = 8 * 1024;

  private WireLog() {}

  static boolean traceEnabled() {
    return LOG.isTraceEnabled();
  }

  /** The path and query for a log line: query values shown unless their name looks secret. */
  static String target(HttpUrl url) {
    StringBuilder sb = new StringBuilder(url.encodedPath());
    for (int i = 0; i < url.querySize(); i++) {
      sb.append(i == 0 ? '?' : '&').append(url.queryParameterName(i)).append('=');
      String v = url.queryParameterValue(i);
      sb.append(SECRET_NAME.matcher(url.queryParameterName(i)).matches() ? REDACTED : v);
    }
    return sb.toString();
  }

  static String headers(Headers headers, Masker masker) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean shown = SHOWN_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      sb.append(sb.length() == 0 ? "" : ", ").append(name).append(": ")
          .append(shown ? masker.mask(headers.value(i)) : REDACTED);
    }
    return sb.toString();
  }

  static String body(byte[] bytes, Masker masker) {
    if (bytes == null || bytes.length == 0) {
      return "(no body)";
    }
    String text;
    try {
      JsonNode tree = Json.mapper().readTree(bytes);
      text = Json.mapper().writeValueAsString(redact(tree));
    } catch (Exception e) {
      text = new String(bytes, 0, Math.min(bytes.length, BODY_LOG_BYTES), StandardCharsets.UTF_8);
    }
    if (text.length() > BODY_LOG_BYTES) {
      text = text.substring(0, BODY_LOG_BYTES) + "…";
    }
    return masker.mask(text);
  }

  private static JsonNode redact(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      for (Map.Entry<String, JsonNode> field : copy.properties()) {
        if (SECRET_NAME.matcher(field.getKey()).matches() && !field.getValue().isNull()) {
          field.setValue(TextNode.valueOf(REDACTED));
        } else {
          field.setValue(redact(field.getValue()));
        }
      }
      return copy;
    }
    if (node instanceof ArrayNode) {
      ArrayNode copy = ((ArrayNode) node).deepCopy();
      for (int i = 0; i < copy.size(); i++) {
        copy.set(i, redact(copy.get(i)));
      }
      return copy;
    }
    return node;
  }
}
