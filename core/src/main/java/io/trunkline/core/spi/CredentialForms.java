package io.trunkline.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The secret parts of a credential header value, for masking: the whole value ({@code Basic YWRtaW46cHc=}), the
 * token after an auth scheme ({@code YWRtaW46cHc=}), and for {@code Basic} the decoded {@code user:password} and
 * password.
 */
final class CredentialForms {
  private CredentialForms() {}

  static List<String> of(String headerValue) {
    List<String> forms = new ArrayList<>();
    forms.add(headerValue);
    int space = headerValue.indexOf(' ');
    if (space > 0 && space < headerValue.length() - 1) {
      String token = headerValue.substring(space + 1).trim();
      forms.add(token);
      if (headerValue.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
        try {
          String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
          forms.add(decoded);
          int colon = decoded.indexOf(':');
          if (colon >= 0 && colon < decoded.length() - 1) {
            forms.add(decoded.substring(colon + 1));
          }
        } catch (IllegalArgumentException notBase64) {
          // the token alone is masked
        }
      }
    }
    return forms;
  }
}
