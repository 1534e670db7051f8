package io.trunkline.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a desired-state file, YAML or JSON alike, through Jackson. Unknown fields, wrong types, duplicate keys and
 * missing required fields are refused with a {@link DesiredStateException} that names the line, the column and the
 * field. Secrets (credentials {@code token}, {@code apiKey}, {@code password}, and a trunk's {@code password}) must be
 * {@code env:NAME} references: a literal is refused, without showing it, unless {@link #allowLiteralSecrets(boolean)}.
 *
 * <pre>{@code
 * DesiredState desired = new DesiredStateReader().read(Path.of("desired.yaml"));
 * }</pre>
 */
public final class DesiredStateReader {
  /** The prefix of an environment reference: {@code env:PBX_PASSWORD}. */
  public static final String ENV_PREFIX = "env:";

  private final ObjectMapper yaml = configure(YAMLMapper.builder()).build();
  private final ObjectMapper json = configure(JsonMapper.builder()).build();
  private boolean allowLiteralSecrets;

  /** Accept literal secrets in the file (for throw-away test files); off by default. */
  public DesiredStateReader allowLiteralSecrets(boolean allow) {
    this.allowLiteralSecrets = allow;
    return this;
  }

  /** Reads {@code file}: JSON when its name ends in {@code .json}, YAML otherwise. */
  public DesiredState read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    boolean isJson = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    return isJson ? readJson(text) : readYaml(text);
  }

  /** Reads YAML text. */
  public DesiredState readYaml(String text) {
    return read(yaml, text);
  }

  /** Reads JSON text. */
  public DesiredState readJson(String text) {
    return read(json, text);
  }

  private DesiredState read(ObjectMapper mapper, String text) {
    DesiredState state;
    try {
      state = mapper.readValue(text, DesiredState.class);
    } catch (JsonProcessingException e) {
      throw refusal(e);
    }
    if (state == null) {
      throw new DesiredStateException("the file is empty", "", 0, 0);
    }
    if (!allowLiteralSecrets) {
      checkNoLiteralSecrets(mapper, text, state);
    }
    return state;
  }

  private static void checkNoLiteralSecrets(ObjectMapper mapper, String text, DesiredState state) {
    for (int i = 0; i < state.accounts().size(); i++) {
      AccountSpec account = state.accounts().get(i);
      for (Map.Entry<String, String> entry : account.credentials().entrySet()) {
        if (AccountSpec.SECRET_CREDENTIALS.contains(entry.getKey())) {
          requireReference(mapper, text, "accounts[" + i + "].credentials." + entry.getKey(),
              "/accounts/" + i + "/credentials/" + entry.getKey(), Optional.of(entry.getValue()));
        }
      }
    }
    for (int i = 0; i < state.trunks().size(); i++) {
      requireReference(mapper, text, "trunks[" + i + "].password", "/trunks/" + i + "/password",
          state.trunks().get(i).password());
    }
  }

  private static void requireReference(ObjectMapper mapper, String text, String field, String pointer,
      Optional<String> value) {
    if (value.isPresent() && !isReference(value.get())) {
      JsonLocation at = locate(mapper, text, pointer);
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      throw new DesiredStateException((line > 0 ? "line " + line + ", column " + column + ": " : "") + field
          + ": a secret must be an env:NAME reference, not a literal value (literals are refused unless explicitly"
          + " allowed)", field, Math.max(line, 0), Math.max(column, 0));
    }
  }

  /** Where the value at {@code pointer} starts in {@code text}, by a second, streaming read; null if not found. */
  private static JsonLocation locate(ObjectMapper mapper, String text, String pointer) {
    try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(text)) {
      for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null;
          token = parser.nextToken()) {
        if (token.isScalarValue() && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
          return parser.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  static boolean isReference(String value) {
    return value.startsWith(ENV_PREFIX) && value.length() > ENV_PREFIX.length();
  }

  private static DesiredStateException refusal(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
    String reason = reason(e);
    String where = (line > 0 ? "line " + line + ", column " + column + ": " : "")
        + (field.isEmpty() ? "" : field + ": ");
    return new DesiredStateException(where + reason, field, Math.max(line, 0), Math.max(column, 0));
  }

  /** What is wrong, in words that never quote a value from the file (it may be a secret). */
  private static String reason(JsonProcessingException e) {
    if (e.getCause() instanceof JsonParseException parse) {
      return reason(parse);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
      }
      known.sort(null);
      return "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : "; expected one of "
          + String.join(", ", known));
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      String message = String.valueOf(cause.getMessage());
      if (message.startsWith("Cannot build ")) {
        int list = message.indexOf('[');
        return "missing required field(s) " + (list >= 0 ? message.substring(list) : message);
      }
      return message;
    }
    if (e instanceof InvalidFormatException f) {
      return "expected " + typeName(f.getTargetType());
    }
    if (e instanceof MismatchedInputException m) {
      return m.getTargetType() == null ? "wrong kind of value" : "expected " + typeName(m.getTargetType());
    }
    if (e instanceof JsonParseException) {
      String message = String.valueOf(e.getOriginalMessage());
      int newline = message.indexOf('\n');
      return "syntax error: " + (newline >= 0 ? message.substring(0, newline) : message);
    }
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return newline >= 0 ? message.substring(0, newline) : message;
  }

  private static String typeName(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return "one of " + String.join(", ", names);
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping of names to values";
    }
    return "a mapping (" + type.getSimpleName().replace("Immutable", "") + ")";
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static <B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<?, B>> B configure(B builder) {
    return builder.addModule(new Jdk8Module())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
