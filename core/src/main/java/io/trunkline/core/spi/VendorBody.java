package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import io.trunkline.core.Secret;
import io.trunkline.core.model.SipTrunk;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON body of one trunk write, under the vendor's field names, as {@link TrunkFields} built and checked it.
 * Secrets stay {@link Secret}s: written in clear only when the request goes on the wire ({@link ApiRequest}
 * masks them in logs and errors), {@code ****} in {@link #toString()}. An adapter may move fields before sending
 * with {@link #put} and {@link #remove}, into a nested object that holds a secret too: a {@link VendorBody} put in
 * this one, whose secrets count as this body's.
 */
public final class VendorBody implements JsonSerializable {
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private SipTrunk replaces;

  /** An empty body. */
  public static VendorBody empty() {
    return new VendorBody();
  }

  /**
   * The trunk this body replaces, as the kit read it before building the body, when the declaration
   * {@link TrunkFields#replacesOnUpdate() replaces on update}; empty for create bodies and partial updates. An
   * adapter's {@link TrunkAdapter#update} reads what the vendor reported beyond the body here (a status, a pending
   * request) without reading the trunk again.
   */
  public Optional<SipTrunk> replaces() {
    return Optional.ofNullable(replaces);
  }

  VendorBody replacing(SipTrunk current) {
    this.replaces = current;
    return this;
  }

  /** Sets a field to a JSON value. */
  public VendorBody put(String name, JsonNode value) {
    fields.put(name, value);
    return this;
  }

  /** Sets a field to a secret. */
  public VendorBody put(String name, Secret value) {
    fields.put(name, value);
    return this;
  }

  /**
   * Sets a field to a nested object that may hold secrets: written as a JSON object, by the same rules as this body,
   * its secrets among {@link #secrets()}.
   */
  public VendorBody put(String name, VendorBody value) {
    fields.put(name, value);
    return this;
  }

  /** Removes a field; its value, which may be a {@link Secret}, a {@link JsonNode} or a {@link VendorBody}, or null. */
  public Object remove(String name) {
    return fields.remove(name);
  }

  public boolean has(String name) {
    return fields.containsKey(name);
  }

  /** The JSON value of a field that is neither a secret nor a nested {@link VendorBody}. */
  public Optional<JsonNode> get(String name) {
    Object value = fields.get(name);
    return value instanceof JsonNode ? Optional.of((JsonNode) value) : Optional.empty();
  }

  /** The secret in a field. */
  public Optional<Secret> secret(String name) {
    Object value = fields.get(name);
    return value instanceof Secret ? Optional.of((Secret) value) : Optional.empty();
  }

  /** The field names, in the order they are written. */
  public Set<String> names() {
    return Collections.unmodifiableSet(fields.keySet());
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** The secrets this body carries, nested bodies' included, for masking. */
  public List<Secret> secrets() {
    List<Secret> secrets = new ArrayList<>();
    collectSecrets(secrets);
    return secrets;
  }

  private void collectSecrets(List<Secret> secrets) {
    fields.values().forEach(v -> {
      if (v instanceof Secret) {
        secrets.add((Secret) v);
      } else if (v instanceof VendorBody) {
        ((VendorBody) v).collectSecrets(secrets);
      }
    });
  }

  /**
   * The JSON form: secrets are written by the mapper in use, so in clear only by the engine's wire writer
   * ({@link Json#wire()}) and as {@code ****} by any other.
   */
  @Override
  public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      gen.writeFieldName(field.getKey());
      if (field.getValue() instanceof Secret) {
        serializers.defaultSerializeValue(field.getValue(), gen);
      } else if (field.getValue() instanceof VendorBody) {
        ((VendorBody) field.getValue()).serialize(gen, serializers);
      } else {
        gen.writeTree((JsonNode) field.getValue());
      }
    }
    gen.writeEndObject();
  }

  @Override
  public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
      throws IOException {
    serialize(gen, serializers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VendorBody && ((VendorBody) o).fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** The body with every secret as {@code ****}. */
  @Override
  public String toString() {
    return fields.toString();
  }
}
