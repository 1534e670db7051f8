package io.trunkline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkConfigurationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The accounts of an inventory, read from JSON:
 *
 * <pre>{@code
 * {"accounts": [{"name": "eu-pbx", "provider": "pbx", "baseUrl": "https://pbx.example.com:8887",
 *                "credentials": {"token": "env:PBX_TOKEN"}, "settings": {}}]}
 * }</pre>
 *
 * {@code credentials} holds {@code token}, {@code apiKey}, or {@code user} and {@code password}. Any string value
 * {@code env:NAME} is read from the environment when the account is opened, so one unset variable fails that
 * account only. The file's shape is checked up front: a malformed file is bad input.
 */
final class InventoryConfig {
  static final String ENV_PREFIX = "env:";
  private static final Set<String> ROOT_FIELDS = Set.of("accounts");
  private static final Set<String> ACCOUNT_FIELDS = Set.of("name", "provider", "baseUrl", "credentials", "settings");
  private static final Set<String> CREDENTIAL_FIELDS = Set.of("token", "apiKey", "user", "password");

  /** One account as written in the file; values may still be {@code env:NAME}. */
  static final class Account {
    final String name;
    final String provider;
    final String baseUrl;
    final Map<String, String> credentials;
    final Map<String, String> settings;

    Account(String name, String provider, String baseUrl, Map<String, String> credentials,
        Map<String, String> settings) {
      this.name = name;
      this.provider = provider;
      this.baseUrl = baseUrl;
      this.credentials = credentials;
      this.settings = settings;
    }

    /**
     * The provider config, with every {@code env:NAME} looked up in {@code env}; each secret is handed to
     * {@code redactor}. Fails with {@link TrunkConfigurationException} naming the variable that is not set.
     */
    ProviderConfig config(Function<String, String> env, Redactor redactor) {
      Credentials creds;
      if (credentials.containsKey("token")) {
        creds = Credentials.bearer(secret("credentials.token", credentials.get("token"), env, redactor));
      } else if (credentials.containsKey("apiKey")) {
        creds = Credentials.apiKey(secret("credentials.apiKey", credentials.get("apiKey"), env, redactor));
      } else {
        String user = resolve("credentials.user", credentials.get("user"), env);
        creds = Credentials.userPassword(user,
            secret("credentials.password", credentials.get("password"), env, redactor));
      }
      Map<String, String> resolved = new LinkedHashMap<>();
      settings.forEach((k, v) -> resolved.put(k, resolve("settings." + k, v, env)));
      try {
        return ProviderConfig.builder()
            .baseUrl(Optional.ofNullable(baseUrl).map(u -> resolve("baseUrl", u, env)))
            .credentials(creds)
            .settings(resolved)
            .userAgentSuffix("trunkline-cli")
            .build();
      } catch (IllegalArgumentException e) {
        throw new TrunkConfigurationException(e.getMessage());
      }
    }

    private static Secret secret(String field, String value, Function<String, String> env, Redactor redactor) {
      String text = resolve(field, value, env);
      redactor.add(text);
      return Secret.of(text);
    }

    static String resolve(String field, String value, Function<String, String> env) {
      if (value == null || !value.startsWith(ENV_PREFIX)) {
        return value;
      }
      String variable = value.substring(ENV_PREFIX.length());
      String found = env.apply(variable);
      if (found == null || found.isEmpty()) {
        throw new TrunkConfigurationException(
            "the environment variable " + variable + " (for " + field + ") is not set");
      }
      return found;
    }
  }

  final List<Account> accounts;

  private InventoryConfig(List<Account> accounts) {
    this.accounts = List.copyOf(accounts);
  }

  /** Reads and checks {@code file}; a malformed file is a {@link UsageException} naming the place. */
  static InventoryConfig read(Path file) {
    JsonNode root = JsonFiles.read(file);
    String where = file.toString();
    requireObject(where, root, ROOT_FIELDS);
    JsonNode list = root.get("accounts");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new UsageException(where + ": \"accounts\" must be a non-empty array");
    }
    List<Account> accounts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = where + ": accounts[" + i + "]";
      JsonNode entry = list.get(i);
      requireObject(at, entry, ACCOUNT_FIELDS);
      String name = requiredText(at, entry, "name");
      if (!names.add(name)) {
        throw new UsageException(at + ": the name '" + Errors.oneLine(name) + "' is used twice");
      }
      String provider = requiredText(at, entry, "provider");
      String baseUrl = optionalText(at, entry, "baseUrl");
      JsonNode creds = entry.get("credentials");
      if (creds == null || creds.isNull()) {
        throw new UsageException(at + ": \"credentials\" is missing (token, apiKey, or user and password)");
      }
      requireObject(at + ".credentials", creds, CREDENTIAL_FIELDS);
      Map<String, String> credentials = strings(at + ".credentials", creds);
      boolean token = credentials.containsKey("token");
      boolean apiKey = credentials.containsKey("apiKey");
      boolean userPassword = credentials.containsKey("user") || credentials.containsKey("password");
      int kinds = (token ? 1 : 0) + (apiKey ? 1 : 0) + (userPassword ? 1 : 0);
      if (kinds != 1 || userPassword && !(credentials.containsKey("user") && credentials.containsKey("password"))) {
        throw new UsageException(at + ".credentials: give exactly one of token, apiKey, or user with password");
      }
      JsonNode settingsNode = entry.get("settings");
      Map<String, String> settings = new LinkedHashMap<>();
      if (settingsNode != null && !settingsNode.isNull()) {
        if (!settingsNode.isObject()) {
          throw new UsageException(at + ".settings must be a JSON object");
        }
        settings = strings(at + ".settings", settingsNode);
      }
      accounts.add(new Account(name, provider, baseUrl, credentials, settings));
    }
    return new InventoryConfig(accounts);
  }

  private static void requireObject(String at, JsonNode node, Set<String> allowed) {
    if (!node.isObject()) {
      throw new UsageException(at + " must be a JSON object, not " + JsonFiles.kind(node));
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!allowed.contains(field)) {
        throw new UsageException(at + ": unknown field '" + Errors.oneLine(field) + "'; expected "
            + String.join(", ", new java.util.TreeSet<>(allowed)));
      }
    }
  }

  private static String requiredText(String at, JsonNode node, String field) {
    String text = optionalText(at, node, field);
    if (text == null || text.isBlank()) {
      throw new UsageException(at + ": \"" + field + "\" is missing");
    }
    return text;
  }

  private static String optionalText(String at, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new UsageException(at + ": \"" + field + "\" must be a string");
    }
    return value.asText();
  }

  /** The fields of {@code node} as strings (numbers and booleans as their text). */
  private static Map<String, String> strings(String at, JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      if (!value.isValueNode() || value.isNull()) {
        throw new UsageException(at + "." + Errors.oneLine(field.getKey()) + " must be a string");
      }
      if (value.asText().isEmpty()) {
        throw new UsageException(at + "." + Errors.oneLine(field.getKey()) + " must not be empty");
      }
      values.put(field.getKey(), value.asText());
    }
    return values;
  }
}
