package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.trunkline.core.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one hardened {@link ObjectMapper} every provider uses: unknown fields ignored (they are kept in
 * {@code attributes} by the mapping code), unknown enum values read as the enum's default, trailing tokens and
 * duplicate keys refused, nesting, number and string length bounded, no polymorphic typing, decimals exact.
 * Configured once, never changed: safe to share between threads.
 *
 * <p>For provider authors: in a custom deserializer read a subtree with {@code ctxt.readTree(p)}, not
 * {@code p.readValueAsTree()} (which applies the trailing-token check to the nested value); and put numbers in
 * {@code attributes} as the node type JSON reading produces ({@code IntNode} for values that fit an int), so a
 * {@code SipTrunk} equals itself after a JSON round trip.
 */
public final class Json {
  /** Deepest nesting accepted. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /**
   * The mapper, made when first used: jackson-databind's classes and the JSR-310 and JDK 8 modules take longer to
   * load than the rest of a provider's first listing, which streams its pages with {@link #factory()} alone. (Its
   * own class, so that loading {@code Json} loads none of them.)
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = create();

    private static ObjectMapper create() {
      return JsonMapper.builder(hardened().build())
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .nodeFactory(NODES)
          .build();
    }
  }

  /**
   * The streaming factory: the mapper's settings, no mapper (its parsers have no codec); its parsers of UTF-8
   * streams can move past a nested value without tokenizing it ({@link PageJsonParser}).
   */
  private static final JsonFactory FACTORY = new PageJsonFactory(hardened());

  /** Nodes as the mapper makes them: exact decimals. */
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * The mapper with {@link Secret} revealed, only for {@link #wire()}: made when a request body is first written,
   * not when the first listing is read (a copy of the mapper is a cold-start cost a read-only session never needs).
   */
  private static final class Wire {
    static final com.fasterxml.jackson.databind.ObjectWriter WRITER = mapper().copy()
        .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("trunkline-wire")
            .addSerializer(Secret.class, new RevealingSecretSerializer()))
        .writer();
  }

  private Json() {}

  public static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }

  /**
   * The streaming {@link JsonFactory} with the mapper's limits and duplicate-key check, for readers and writers
   * that need no data binding; made without the mapper. Its parsers have no codec: read a tree from one with an
   * {@code ObjectReader} of {@link #mapper()}, never with {@code readValueAsTree()}.
   */
  static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * Writes request bodies for the engine: the one writer that reveals a {@link Secret} (in a typed model, a
   * {@link VendorBody}, or a {@code POJONode} in a tree), since the vendor needs the value. {@link #mapper()} and
   * every other mapper write {@code ****}.
   */
  static com.fasterxml.jackson.databind.ObjectWriter wire() {
    return Wire.WRITER;
  }

  /** The factory's settings: limits on nesting, numbers, strings and the document; duplicate keys refused. */
  private static JsonFactoryBuilder hardened() {
    return new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(64L * 1024 * 1024)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * The fields of {@code object} a mapping did not take, for {@code attributes}: every field except those in
   * {@code mapped} and those in {@code secret} (which never leave the provider).
   */
  public static Map<String, JsonNode> remainingFields(JsonNode object, Set<String> mapped, Set<String> secret) {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    if (object == null || !object.isObject()) {
      return rest;
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!mapped.contains(field.getKey()) && !secret.contains(field.getKey())) {
        rest.put(field.getKey(), field.getValue());
      }
    }
    return rest;
  }

  /** The field {@code name} of an object: spelled exactly, else in any letter case; null when absent. */
  public static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode exact = node.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (property.getKey().equalsIgnoreCase(name)) {
        return property.getValue();
      }
    }
    return null;
  }

  /** The text of {@code field} in {@code object}, if it is there and not null (numbers as their text). */
  public static Optional<String> text(JsonNode object, String field) {
    JsonNode value = object == null ? null : object.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  /** A new empty JSON object. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }
}
