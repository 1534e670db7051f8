package io.trunkline.cli;

import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advice in the words of the command line. The library speaks to Java callers ({@code set allowInsecureHttp to
 * opt in}, {@code TrunkUpdate.password(...)}); a user of the command line gets the option or the file field that
 * does the same ({@code add --allow-insecure-http}, {@code add "password" to the update file}).
 */
final class Advice {
  /** Where the user gives what the library asks for. */
  enum Where {
    /** Options of a command against one account ({@code --base-url}, {@code --setting}, …). */
    OPTIONS(null),
    /** A command that reads a neutral TrunkSpec from {@code --file}. */
    SPEC_FILE("spec"),
    /** A command that reads a neutral TrunkUpdate from {@code --file}. */
    UPDATE_FILE("update"),
    /** An inventory: the accounts file, and the options of the inventory command. */
    INVENTORY(null);

    final String file;

    Where(String file) {
      this.file = file;
    }
  }

  /** A builder method of the neutral models, with or without "set " before it: {@code TrunkUpdate.password(...)}. */
  private static final Pattern MODEL_METHOD =
      Pattern.compile("(?:\\bset )?\\b(TrunkUpdate|TrunkSpec)\\.(\\w+)\\([^)]*\\)");
  private static final Pattern SETTING_NEEDED =
      Pattern.compile("needs the settings? ([\\w.-]+(?:, [\\w.-]+)*)");

  private Advice() {}

  /** {@code message} (about {@code error}) with the library's Java advice put in the words of {@code where}. */
  static String inCliWords(String message, Throwable error, Where where) {
    if (message == null) {
      return null;
    }
    String m = message;
    m = m.replace("set allowInsecureHttp to opt in", "add --allow-insecure-http to opt in");
    m = m.replaceAll("\\ballowInsecureHttp\\b", "--allow-insecure-http");
    m = m.replaceAll("\\b(ProviderConfig\\.)?callTimeout(\\(\\S*\\))?", "--timeout");
    m = m.replaceAll("\\b(ProviderConfig\\.)?connectTimeout(\\(\\S*\\))?", "--connect-timeout");
    m = m.replaceAll("\\b(RetryPolicy\\.)?maxAttempts(\\(\\S*\\))?", "--retries");
    if (where == Where.INVENTORY) {
      m = m.replace("pass credentials in ProviderConfig.credentials()",
          "give them under \"credentials\" in the accounts file");
      m = m.replace("set the base URL of your installation", "set \"baseUrl\" of the account");
    } else {
      m = m.replace("pass credentials in ProviderConfig.credentials()",
          "pass credentials with --token, --api-key or --user");
      m = m.replace("set the base URL of your installation", "give the base URL of your installation with --base-url");
    }
    m = m.replace("pass Credentials.apiKey(key) or Credentials.bearer(key)", "pass --api-key or --token");
    m = m.replace("(ProviderConfig.maxResponseBytes)", "(the largest answer trunkline reads)");
    m = m.replace("the policy's maxRetryAfter", "the longest wait trunkline accepts");
    if (error instanceof TrunkTransportException && ((TrunkTransportException) error).timedOut()
        && !m.contains("--timeout")) {
      m = m + " (--timeout and --connect-timeout set how long to wait)";
    }
    m = settings(m, where);
    if (where.file != null) {
      m = modelMethods(m, where.file);
      m = required(m, error, where.file);
    }
    return m;
  }

  /** "needs the setting account-id" gets how to give it. */
  private static String settings(String m, Where where) {
    Matcher matcher = SETTING_NEEDED.matcher(m);
    if (!matcher.find() || m.contains("--setting") || m.contains("\"settings\"")) {
      return m;
    }
    List<String> names = List.of(matcher.group(1).split(", "));
    String how;
    if (where == Where.INVENTORY) {
      how = " (add " + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList())
          + " under \"settings\" of the account)";
    } else {
      how = " (" + String.join(" ", names.stream().map(n -> "--setting " + n + "=VALUE").toList()) + ")";
    }
    return m.substring(0, matcher.end()) + how + m.substring(matcher.end());
  }

  /** {@code set TrunkUpdate.password(...)} becomes {@code add "password" to the update file}. */
  private static String modelMethods(String m, String file) {
    Matcher matcher = MODEL_METHOD.matcher(m);
    StringBuilder sb = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(sb, Matcher.quoteReplacement(
          "add \"" + matcher.group(2) + "\" to the " + file + " file"));
    }
    matcher.appendTail(sb);
    return sb.toString();
  }

  /**
   * A field the provider requires but the file lacks ({@code password (password): is required by flex on every
   * update …}) gets what to do about it: {@code add "password" to the update file}.
   */
  private static String required(String m, Throwable error, String file) {
    if (!(error instanceof TrunkValidationException) || m.contains(" to the " + file + " file")) {
      return m;
    }
    TrunkValidationException e = (TrunkValidationException) error;
    if (!e.rule().startsWith("is required") && !e.rule().startsWith("are required")) {
      return m;
    }
    List<String> fields = new ArrayList<>();
    for (String label : e.field().split(", ")) {
      fields.add(fileField(label));
    }
    return m + "; add " + String.join(", ", fields) + " to the " + file + " file";
  }

  /** {@code password (password)} is the file's {@code "password"}; {@code attributes.port} is under "attributes". */
  static String fileField(String label) {
    String name = label.trim();
    int paren = name.indexOf(" (");
    if (paren > 0) {
      name = name.substring(0, paren);
    }
    if (name.startsWith("attributes.")) {
      return "\"" + name.substring("attributes.".length()) + "\" under \"attributes\"";
    }
    return "\"" + name + "\"";
  }
}
