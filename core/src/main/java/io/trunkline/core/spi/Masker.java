package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Replaces every known secret value in a text with {@code ****}, in every form the SDK itself writes it: as is,
 * JSON-escaped (a body), URL-encoded as a path segment, as a query value and as a form value. Free text is
 * masked for forms of 3 or more characters (shorter ones would garble every message); {@link #isSecret} knows
 * values of any length, for masking a body field by field. Immutable.
 */
final class Masker {
  static final String MASK = "****";
  private static final int MIN_LITERAL = 3;
  /** Longer forms are replaced first, so that no shorter form masks part of a longer one. */
  private static final Comparator<String> LONGEST_FIRST = new LongestFirst();

  private final Set<String> values;
  private final List<String> forms;

  Masker(Collection<String> secrets) {
    this(Set.of(), List.of(), secrets);
  }

  private Masker(Set<String> knownValues, List<String> knownForms, Collection<String> more) {
    Set<String> v = new LinkedHashSet<>(knownValues);
    Set<String> f = new LinkedHashSet<>(knownForms);
    for (String s : more) {
      if (s != null && !s.isEmpty() && v.add(s)) {
        for (String form : forms(s)) {
          if (form.length() >= MIN_LITERAL) {
            f.add(form);
          }
        }
      }
    }
    List<String> sorted = new ArrayList<>(f);
    sorted.sort(LONGEST_FIRST);
    this.values = Set.copyOf(v);
    this.forms = List.copyOf(sorted);
  }

  /** This masker and {@code more} secrets; their forms are computed once, here. */
  Masker plus(Collection<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    for (String s : more) {
      if (s != null && !s.isEmpty() && !values.contains(s)) {
        return new Masker(values, forms, more);
      }
    }
    return this;
  }

  /** True when {@code value} is exactly a known secret, whatever its length. */
  boolean isSecret(String value) {
    return value != null && values.contains(value);
  }

  String mask(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : forms) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }

  /**
   * Masks {@code text} that was cut from something longer: also drops a tail that is the start of a secret's
   * form, so a cut never shows part of a secret.
   */
  String maskCut(String text) {
    String out = mask(text);
    int drop = 0;
    for (String s : forms) {
      for (int k = Math.min(s.length() - 1, out.length()); k > drop; k--) {
        if (out.regionMatches(out.length() - k, s, 0, k)) {
          drop = k;
          break;
        }
      }
    }
    return out.substring(0, out.length() - drop);
  }

  /**
   * {@code text} as the mapper writes it inside a JSON string, escapes and all; written by the streaming generator the
   * mapper's own writes go through, so no mapper is made for it (an engine is made before any JSON is read).
   */
  static String jsonEscaped(String text) {
    StringWriter out = new StringWriter(text.length() + 8);
    try (JsonGenerator g = Json.factory().createGenerator(out)) {
      g.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // a StringWriter does not fail
    }
    String json = out.toString();
    return json.substring(1, json.length() - 1);
  }

  /** The forms the SDK writes {@code secret} in. */
  static List<String> forms(String secret) {
    if (writtenAsIs(secret)) {
      return List.of(secret);
    }
    List<String> forms = new ArrayList<>();
    forms.add(secret);
    forms.add(jsonEscaped(secret));
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    HttpUrl encoded = Encoder.URL.newBuilder().addPathSegment(secret).addQueryParameter("q", secret).build();
    forms.add(encoded.encodedPathSegments().get(0));
    forms.add(encoded.encodedQuery().substring(2));
    return forms;
  }

  /**
   * True when every form of {@code secret} is {@code secret} itself: letters, digits, {@code .}, {@code _} and
   * {@code -} only, which JSON, URL encoding, path segments and query values all leave as they are (most tokens).
   * Such a secret needs neither the generator nor the encoders, so opening a provider loads neither.
   */
  static boolean writtenAsIs(String secret) {
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The URL the path and query forms are encoded on, parsed when a secret first needs encoding (never for a
   * secret {@link #writtenAsIs}).
   */
  private static final class Encoder {
    static final HttpUrl URL = HttpUrl.get("http://mask.invalid/");
  }

  /** Longest first (a class, not a lambda: masker forms are worked out when a JVM opens its first provider). */
  private static final class LongestFirst implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      return b.length() - a.length();
    }
  }
}
