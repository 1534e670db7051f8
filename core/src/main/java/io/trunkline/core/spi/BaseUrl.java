package io.trunkline.core.spi;

import io.trunkline.core.error.TrunkConfigurationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The rules for a provider's base URL, checked once when a provider is opened: an http(s) URL without user,
 * password, query or fragment, and plain {@code http://} only to a {@link Loopback} host unless the caller opts
 * in. A refusal shows the URL as {@link #shown}: never its userinfo, however it is written.
 */
final class BaseUrl {
  private static final int SHOWN_CHARS = 200;

  private BaseUrl() {}

  /** The checked base URL, or a {@link TrunkConfigurationException} naming the rule. */
  static HttpUrl check(String provider, String text, boolean allowInsecureHttp) {
    if (text.indexOf('@') >= 0) { // any userinfo, however written, and text no parser would read as such
      throw new TrunkConfigurationException(prefix(provider, text) + " must not carry a user or password;"
          + " pass credentials in ProviderConfig.credentials()");
    }
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new TrunkConfigurationException(prefix(provider, text) + " is not an http(s) URL");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new TrunkConfigurationException(prefix(provider, text) + " must not have a query or fragment");
    }
    if (!url.isHttps() && !allowInsecureHttp && !Loopback.isLoopbackHost(url.host())) {
      throw new TrunkConfigurationException("the base URL for provider '" + provider + "' uses plain http to "
          + url.host() + ": HTTPS is required so credentials are not sent in clear"
          + " (set allowInsecureHttp to opt in)");
    }
    return url;
  }

  /** The start of a refusal's message; made only for a refusal (an accepted URL compiles no pattern). */
  private static String prefix(String provider, String text) {
    return "the base URL for provider '" + provider + "' (" + shown(text) + ")";
  }

  /** True when {@code url} (checked) may use plain http only because its host is loopback. */
  static boolean loopbackOnly(HttpUrl url, boolean allowInsecureHttp) {
    return !url.isHttps() && !allowInsecureHttp;
  }

  /**
   * {@code text} for a message: {@code scheme://***@host:port/path} — everything up to the last {@code @} after
   * the scheme is replaced, the query and fragment are left out, control characters are shown as {@code ?}, and
   * the result is cut at 200 characters. Works on text no URL parser accepts.
   */
  static String shown(String text) {
    String rest = text.strip();
    String scheme = "";
    Matcher m = Scheme.PATTERN.matcher(rest);
    if (m.lookingAt()) {
      scheme = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT) + "://";
      rest = rest.substring(m.end());
    }
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      rest = "***@" + rest.substring(at + 1);
    }
    int end = rest.length();
    for (char c : new char[] {'?', '#'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    StringBuilder out = new StringBuilder(scheme);
    for (int i = 0; i < end && out.length() < SHOWN_CHARS; i++) {
      char c = rest.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.length() >= SHOWN_CHARS ? out + "…" : out.toString();
  }

  /** The scheme's pattern, compiled when a URL is first shown. */
  private static final class Scheme {
    static final Pattern PATTERN =
        Pattern.compile("^(?:(?i)(https?):[/\\\\]*|([A-Za-z][A-Za-z0-9+.-]*):[/\\\\]{2})");
  }
}
