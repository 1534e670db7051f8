package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskerFormsTest {

  /** Every form as the encoders write it, without the shortcut. */
  private static List<String> encoded(String secret) {
    HttpUrl url = HttpUrl.get("http://mask.invalid/").newBuilder().addPathSegment(secret)
        .addQueryParameter("q", secret).build();
    return List.copyOf(new LinkedHashSet<>(List.of(secret, Masker.jsonEscaped(secret),
        URLEncoder.encode(secret, StandardCharsets.UTF_8), url.encodedPathSegments().get(0),
        url.encodedQuery().substring(2))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bench-token-0123456789abcdef", "A.b_c-9", "x", "0123456789", "ABCxyz._-"})
  void aSecretOfLettersDigitsDotUnderscoreAndDash_isWrittenAsIsInEveryForm(String secret) {
    assertThat(Masker.writtenAsIs(secret)).isTrue();
    assertThat(encoded(secret)).containsExactly(secret);
    assertThat(Masker.forms(secret)).containsExactly(secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a+b", "a b", "a/b", "a~b", "a\"b", "a\\b", "a%b", "a*b", "pässwörd", "a=b&c", "a:b"})
  void anyOtherSecret_hasTheFormsTheEncodersWrite(String secret) {
    assertThat(Masker.writtenAsIs(secret)).isFalse();
    assertThat(List.copyOf(new LinkedHashSet<>(Masker.forms(secret)))).isEqualTo(encoded(secret));
  }

  @Test
  void aPlainTokenAndItsEchoes_areMasked() {
    Masker masker = new Masker(List.of("bench-token-0123456789abcdef"));
    assertThat(masker.mask("{\"token\":\"bench-token-0123456789abcdef\"} /x/bench-token-0123456789abcdef?q=1"))
        .isEqualTo("{\"token\":\"****\"} /x/****?q=1");
    assertThat(masker.isSecret("bench-token-0123456789abcdef")).isTrue();
  }
}
