package io.trunkline.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Masks every secret the command line has seen (from flags, the environment or an inventory file) in text bound
 * for the terminal, so a token never shows up in an error message, even one a vendor or a library wrote.
 */
final class Redactor {
  static final String MASK = "****";
  /** Options whose value is a secret. */
  static final List<String> SECRET_OPTIONS = List.of("--token", "--api-key", "--password");
  /** Environment variables whose value is a secret. */
  static final List<String> SECRET_ENV = List.of("TRUNKLINE_TOKEN", "TRUNKLINE_API_KEY", "TRUNKLINE_PASSWORD");

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();

  /**
   * Values shorter than this are not masked: masking "t" would garble every message, and a value that short
   * protects nothing.
   */
  static final int MIN_LENGTH = 4;

  /** Remembers {@code secret}; null and too short values are ignored. */
  void add(String secret) {
    if (secret != null && secret.length() >= MIN_LENGTH) {
      secrets.add(secret);
    }
  }

  /** Remembers the values of the secret options in {@code args}, in both {@code --token X} and {@code --token=X} form. */
  void addFromArgs(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      for (String option : SECRET_OPTIONS) {
        if (arg.equals(option) && i + 1 < args.length) {
          add(args[i + 1]);
        } else if (arg.startsWith(option + "=")) {
          add(arg.substring(option.length() + 1));
        }
      }
    }
  }

  /** {@code text} with every known secret replaced by {@code ****}, longest first. */
  String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
