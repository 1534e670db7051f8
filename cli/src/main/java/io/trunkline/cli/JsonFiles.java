package io.trunkline.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads the JSON files users hand the command line: a {@link TrunkSpec}, a {@link TrunkUpdate}, an inventory
 * config. Strict where the library is lenient, because a typo in a file should not pass silently: unknown
 * fields and unknown enum values are refused, naming the field. Error messages name the field and the expected
 * type, never the value (it may be a password).
 */
final class JsonFiles {
  /** Larger input files are refused. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private JsonFiles() {}

  /** The JSON document in {@code file}. */
  static JsonNode read(Path file) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new UsageException("cannot read " + file + ": it is a directory");
      }
      if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
        throw new UsageException("cannot read " + file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) MAX_BYTES + 1);
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UsageException("cannot read " + file + ": permission denied");
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new UsageException("cannot read " + file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
    }
    try {
      JsonNode node = Json.mapper().readTree(bytes);
      if (node == null || node.isMissingNode()) {
        throw new UsageException(file + " is empty; it must hold a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new UsageException(file + " is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A neutral create request from {@code file}. */
  static TrunkSpec spec(Path file) {
    ObjectNode node = neutralObject(file, TrunkSpec.class);
    return convert(file, node, TrunkSpec.class);
  }

  /** A neutral change from {@code file}; one that sets nothing is refused. */
  static TrunkUpdate update(Path file) {
    ObjectNode node = neutralObject(file, TrunkUpdate.class);
    TrunkUpdate update = convert(file, node, TrunkUpdate.class);
    if (update.isEmpty()) {
      throw new UsageException(file + " sets no field: nothing to update");
    }
    return update;
  }

  /** The field names of a neutral model: its public abstract accessors. */
  static Set<String> fieldsOf(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && Modifier.isPublic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static ObjectNode neutralObject(Path file, Class<?> type) {
    JsonNode node = read(file);
    if (!node.isObject()) {
      throw new UsageException(file + " must hold a JSON object, not " + kind(node));
    }
    ObjectNode object = (ObjectNode) node;
    Set<String> known = fieldsOf(type);
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        throw new UsageException(file + ": unknown field '" + Errors.oneLine(name) + "'; the neutral fields are "
            + String.join(", ", known) + " (vendor fields go inside \"attributes\")");
      }
    }
    normalizeEnum(file, object, "transport", Transport.class);
    normalizeEnum(file, object, "authMode", AuthMode.class);
    JsonNode attributes = object.get("attributes");
    if (attributes != null && !attributes.isObject()) {
      throw new UsageException(file + ": field 'attributes' must be a JSON object");
    }
    return object;
  }

  /** Accepts {@code "tls"} for {@code TLS}; refuses a value that is no constant, naming the valid ones. */
  private static <E extends Enum<E>> void normalizeEnum(Path file, ObjectNode object, String field, Class<E> type) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    String valid = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    if (!value.isTextual()) {
      throw new UsageException(file + ": field '" + field + "' must be one of " + valid);
    }
    String upper = value.asText().trim().toUpperCase(Locale.ROOT);
    if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(upper))) {
      throw new UsageException(file + ": field '" + field + "' must be one of " + valid);
    }
    object.set(field, TextNode.valueOf(upper));
  }

  private static <T> T convert(Path file, JsonNode node, Class<T> type) {
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw new UsageException(file + ": " + describe(e));
    } catch (JsonProcessingException e) {
      throw new UsageException(file + " could not be read as " + type.getSimpleName());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UsageException(file + ": " + e.getMessage());
    }
  }

  /** Which field is wrong and what was expected, without echoing the value. */
  static String describe(JsonMappingException e) {
    String field = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
    String where = field.isEmpty() ? "invalid content" : "field '" + field + "'";
    if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
      return where + ": " + e.getCause().getMessage();
    }
    if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
      return where + " must be " + expected(((MismatchedInputException) e).getTargetType());
    }
    return where + " has an invalid value";
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == String.class || type.getSimpleName().equals("Secret")) {
      return "a string";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array of strings";
    }
    if (java.util.Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    return "a valid " + type.getSimpleName();
  }

  static String kind(JsonNode node) {
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isNull() ? "null" : "an object";
  }
}
