package io.trunkline.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
  static final String REDACTED = RedactedJson.REDACTED;
  private static final Set<String> SHOWN_HEADERS = Set.of(
      "accept", "content-type", "content-length", "content-encoding", "user-agent", "date", "retry-after",
      "x-request-id", "request-id", "x-correlation-id", "location", "x-ratelimit-limit", "x-ratelimit-remaining",
      "x-ratelimit-reset");
  static final int BODY_LOG_BYTES = 8 * 1024;

  private WireLog() {}

  static boolean traceEnabled() {
    return LOG.isTraceEnabled();
  }

  /** The path and query for a log line: secrets masked, query values shown unless their name looks secret. */
  static String target(HttpUrl url, Masker masker) {
    StringBuilder sb = new StringBuilder(masker.mask(url.encodedPath()));
    for (int i = 0; i < url.querySize(); i++) {
      sb.append(i == 0 ? '?' : '&').append(masker.mask(url.queryParameterName(i))).append('=');
      String v = url.queryParameterValue(i);
      sb.append(secretName(url.queryParameterName(i)) || masker.isSecret(v) ? REDACTED : masker.mask(v));
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

  /**
   * A body for a log line: JSON redacted by {@link RedactedJson} (secret-named fields and known secret values,
   * whatever their length), other text with secret-named {@code name=value} pairs redacted; then every known
   * secret masked, and at most 8 KiB shown. {@code cut} says the bytes are only the start of the body: the text
   * then ends where the last whole token ended, never inside a secret.
   */
  static String body(byte[] bytes, boolean cut, Masker masker) {
    if (bytes == null || bytes.length == 0) {
      return "(no body)";
    }
    String text = RedactedJson.of(bytes, WireLog::secretName, masker::isSecret)
        .orElseGet(() -> redactPairs(new String(bytes, StandardCharsets.UTF_8)));
    boolean shortened = cut || text.length() > BODY_LOG_BYTES;
    if (text.length() > BODY_LOG_BYTES) {
      text = text.substring(0, BODY_LOG_BYTES);
    }
    return shortened ? masker.maskCut(text.endsWith("…") ? text.substring(0, text.length() - 1) : text) + "…"
        : masker.mask(text);
  }

  private static String redactPairs(String text) {
    return Pairs.PAIR.matcher(text).replaceAll(pair -> Matcher.quoteReplacement(secretName(pair.group(1))
        ? pair.group(1) + pair.group(2) + REDACTED : pair.group()));
  }

  /** The pattern of a {@code name=value} pair, compiled when a body that is not JSON is first logged. */
  private static final class Pairs {
    /** {@code name=value}, {@code name: value}, {@code "name":"value"} in text that is not JSON. */
    static final Pattern PAIR = Pattern.compile("([A-Za-z0-9_.-]+)([\"']?\\s*[=:]\\s*[\"']?)([^&\"'\\s,;<>]*)");
  }

  /** The rule for a name whose value is never logged: {@link SecretNames}, and a few more names only logs hide. */
  static boolean secretName(String name) {
    return SecretNames.redactedInLogs(name);
  }
}
