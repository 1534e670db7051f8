package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The JSON Schema (draft 2020-12) of the desired-state file, generated from the model ({@link DesiredState},
 * {@link AccountSpec}, {@link DesiredTrunk}: their properties, types, which are required, their descriptions), so
 * that an editor completes and checks the file. The reader stays the judge: what the schema cannot say (exactly one
 * kind of credentials, names unique per account) it still refuses with line and column.
 *
 * <pre>{@code
 * Files.writeString(Path.of("desired-state.schema.json"), DesiredStateSchema.json());
 * }</pre>
 */
public final class DesiredStateSchema {
  /** The dialect of the schema. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final String REFERENCE = "^env:.+";

  private DesiredStateSchema() {}

  /** The schema as indented JSON, ending in a line break. */
  public static String json() {
    try {
      return JSON.writeValueAsString(schema()) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode schema() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", "https://trunkline.io/schemas/desired-state.schema.json");
    root.put("title", "Trunkline desired state");
    root.put("description", "The SIP trunks wanted at every account: read by trunkline plan, apply and diff.");
    ObjectNode defs = NODES.objectNode();
    root.setAll(object(DesiredState.class, defs));
    for (Class<?> type : List.of(AccountSpec.class, DesiredTrunk.class)) {
      defs.set(type.getSimpleName(), object(type, defs));
    }
    root.set("$defs", defs);
    return root;
  }

  /** The schema of a model class: its properties in the model's order, the required ones, nothing else allowed. */
  private static ObjectNode object(Class<?> type, ObjectNode defs) {
    ObjectNode schema = NODES.objectNode().put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (String name : type.getAnnotation(JsonPropertyOrder.class).value()) {
      Method accessor = accessor(type, name);
      ObjectNode property = type(accessor.getGenericReturnType());
      JsonPropertyDescription description = accessor.getAnnotation(JsonPropertyDescription.class);
      if (description != null) {
        property.put("description", description.value());
      }
      if (type == AccountSpec.class && name.equals("credentials")) {
        property = credentials(property);
      }
      if (type == DesiredTrunk.class && DesiredTrunk.SECRET_FIELDS.contains(name)) {
        property.put("pattern", REFERENCE);
      }
      properties.set(name, property);
      boolean optional = Optional.class == accessor.getReturnType() || !Modifier.isAbstract(accessor.getModifiers())
          || List.class.isAssignableFrom(accessor.getReturnType())
          || Map.class.isAssignableFrom(accessor.getReturnType());
      if (!optional) {
        required.add(name);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static Method accessor(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " orders a property it lacks: " + name, e);
    }
  }

  /** {@code credentials}: the credential fields the model knows, secrets as {@code env:NAME}. */
  private static ObjectNode credentials(ObjectNode property) {
    ObjectNode credentials = NODES.objectNode().put("type", "object");
    credentials.set("description", property.get("description"));
    ObjectNode fields = credentials.putObject("properties");
    for (String name : new TreeSet<>(AccountSpec.CREDENTIAL_FIELDS)) {
      ObjectNode field = fields.putObject(name).put("type", "string");
      if (AccountSpec.SECRET_CREDENTIALS.contains(name)) {
        field.put("pattern", REFERENCE).put("description", "An env:NAME reference; a literal is refused.");
      }
    }
    credentials.put("minProperties", 1);
    credentials.put("additionalProperties", false);
    return credentials;
  }

  /** The schema of a Java type of the model. */
  private static ObjectNode type(Type type) {
    if (type instanceof ParameterizedType generic) {
      Class<?> raw = (Class<?>) generic.getRawType();
      Type[] args = generic.getActualTypeArguments();
      if (raw == Optional.class) {
        return type(args[0]);
      }
      if (List.class.isAssignableFrom(raw)) {
        ObjectNode array = NODES.objectNode().put("type", "array");
        array.set("items", type(args[0]));
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode map = NODES.objectNode().put("type", "object");
        if (args[1] != JsonNode.class) {
          map.set("additionalProperties", type(args[1]));
        }
        return map;
      }
      throw new IllegalStateException("no schema for " + type);
    }
    Class<?> plain = (Class<?>) type;
    if (plain == String.class) {
      return NODES.objectNode().put("type", "string").put("minLength", 1);
    }
    if (plain == Integer.class || plain == int.class) {
      return NODES.objectNode().put("type", "integer");
    }
    if (plain == Boolean.class || plain == boolean.class) {
      return NODES.objectNode().put("type", "boolean");
    }
    if (plain.isEnum()) {
      ObjectNode choice = NODES.objectNode();
      ArrayNode values = choice.putArray("enum");
      for (Object constant : plain.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return choice;
    }
    if (plain.getAnnotation(JsonPropertyOrder.class) != null) {
      return NODES.objectNode().put("$ref", "#/$defs/" + plain.getSimpleName());
    }
    throw new IllegalStateException("no schema for " + type);
  }
}
