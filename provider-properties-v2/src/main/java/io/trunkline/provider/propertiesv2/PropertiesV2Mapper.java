package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.ImmutableSipTrunk;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Vendor ↔ neutral: the mapping table of the module README, in code. */
final class PropertiesV2Mapper {
  /** Vendor fields that become neutral fields (never copied into {@code attributes}). */
  /** The neutral field each documented body field is set from. */
  private static final Map<String, String> NEUTRAL_NAMES = Map.of("Name", "name", "DefaultCallerId", "callerId",
      "Type", "authMode", "ChannelLimit", "maxChannels", "SipTrunkIpAddresses", "allowedIps",
      "SipTrunkCredentials", "password");
  private static final Set<String> MAPPED = Set.of("SipTrunkSid", "Name", "DefaultCallerId", "ChannelLimit",
      "Created", "Modified", "SipTrunkIpAddresses");

  private PropertiesV2Mapper() {}

  // ---- vendor → neutral ----

  static SipTrunk toNeutral(SipTrunkFields record) {
    ImmutableSipTrunk.Builder b = SipTrunk.builder()
        .provider(PropertiesV2ProviderFactory.ID)
        .id(record.sipTrunkSid())
        .name(record.name())
        .state(record.provisioningState().flatMap(PropertiesV2Mapper::state))
        .authMode(record.type().map(PropertiesV2Mapper::authMode))
        .callerId(record.defaultCallerId())
        .maxChannels(record.channelLimit())
        .createdAt(record.created())
        .updatedAt(record.modified());
    if (record instanceof SipTrunkDetails) {
      SipTrunkDetails details = (SipTrunkDetails) record;
      details.ipAddresses().forEach(ip -> b.addAllowedIps(ip.ipAddress()));
      b.username(details.credentials().flatMap(SipTrunkCredentials::realm));
    }
    return b.attributes(attributes(record)).build();
  }

  static Optional<TrunkState> state(ProvisioningState state) {
    switch (state.code()) {
      case 0: return Optional.of(TrunkState.INACTIVE);
      case 1: return Optional.of(TrunkState.PROVISIONING);
      case 2: return Optional.of(TrunkState.ACTIVE);
      case 3: return Optional.of(TrunkState.DEPROVISIONING);
      default: return Optional.empty();
    }
  }

  static AuthMode authMode(SipTrunkType type) {
    switch (type.code()) {
      case 0: return AuthMode.IP;
      case 1: return AuthMode.CREDENTIALS;
      default: return AuthMode.OTHER;
    }
  }

  /**
   * Every vendor field not mapped, with its vendor JSON value (timestamps as Unix seconds). {@code Type} and
   * {@code ProvisioningState} stay here only when their code is unknown; of {@code SipTrunkCredentials} only
   * what is neither the realm (the neutral username) nor the password.
   */
  private static Map<String, JsonNode> attributes(SipTrunkFields record) {
    ObjectNode json = vendorJson(record);
    Set<String> mapped = new HashSet<>(MAPPED);
    if (record.type().map(SipTrunkType::isKnown).orElse(true)) {
      mapped.add("Type");
    }
    if (record.provisioningState().map(ProvisioningState::isKnown).orElse(true)) {
      mapped.add("ProvisioningState");
    }
    JsonNode credentials = json.get("SipTrunkCredentials");
    if (credentials instanceof ObjectNode) {
      ((ObjectNode) credentials).remove(List.of("Realm", "Password"));
      if (credentials.isEmpty()) {
        mapped.add("SipTrunkCredentials");
      }
    }
    return Json.remainingFields(json, mapped, Set.of("Password"));
  }

  /** The record as the vendor writes it, read back as parsed JSON so numbers have the node types a reader gets. */
  private static ObjectNode vendorJson(Object record) {
    try {
      return (ObjectNode) Json.mapper().readTree(Json.mapper().writeValueAsBytes(record));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- neutral query → vendor query ----

  static SipTrunkListQuery toVendorQuery(TrunkQuery query) {
    ImmutableSipTrunkListQuery.Builder b = SipTrunkListQuery.builder();
    query.authMode().flatMap(PropertiesV2Mapper::type).ifPresent(b::type);
    query.state().map(PropertiesV2Mapper::provisioningState).ifPresent(b::provisioningState);
    int size = query.pageSize().orElse(SipTrunkListQuery.DEFAULT_PAGE_SIZE);
    boolean filteredHereOnly = query.name().isPresent() || query.authMode().equals(Optional.of(AuthMode.OTHER));
    if (query.limit().isPresent() && !filteredHereOnly && query.limit().get() > 0) {
      size = (int) Math.min(size, query.limit().get());
    }
    return b.pageSize(size).build();
  }

  static Optional<SipTrunkType> type(AuthMode mode) {
    switch (mode) {
      case IP: return Optional.of(SipTrunkType.IP_TO_IP);
      case CREDENTIALS: return Optional.of(SipTrunkType.AUTHENTICATED);
      default: return Optional.empty();
    }
  }

  static ProvisioningState provisioningState(TrunkState state) {
    switch (state) {
      case INACTIVE: return ProvisioningState.INACTIVE;
      case PROVISIONING: return ProvisioningState.PROVISIONING;
      case ACTIVE: return ProvisioningState.ACTIVE;
      case DEPROVISIONING: return ProvisioningState.DEPROVISIONING;
      default: throw new IllegalArgumentException(state.name());
    }
  }

  // ---- neutral spec/update → vendor body ----

  static SipTrunkCreate toCreate(TrunkSpec spec) {
    refuseUnsupported(spec.host(), spec.port(), spec.transport(), spec.countryCode(),
        spec.numbers().isEmpty() ? Optional.empty() : Optional.of(spec.numbers()));
    Body body = new Body(spec.attributes());
    body.put("Name", "name", spec.name().map(TextNode::valueOf));
    body.put("DefaultCallerId", "callerId", spec.callerId().map(TextNode::valueOf));
    body.put("ChannelLimit", "maxChannels", spec.maxChannels().map(IntNode::valueOf));
    Optional<SipTrunkType> type = spec.authMode().map(PropertiesV2Mapper::requireType);
    if (type.isEmpty() && !body.has("Type")) {
      type = inferType(!spec.allowedIps().isEmpty(), spec.username().isPresent() || spec.password().isPresent());
    }
    body.put("Type", "authMode", type.map(t -> IntNode.valueOf(t.code())));
    if (!spec.allowedIps().isEmpty()) {
      body.put("SipTrunkIpAddresses", "allowedIps", Optional.of(ipAddresses(spec.allowedIps())));
    }
    body.put("SipTrunkCredentials", spec.username().isPresent() ? "username" : "password",
        credentials(spec.username(), spec.password()));
    body.require("Name", "name");
    body.require("DefaultCallerId", "callerId");
    body.require("Type", "authMode");
    SipTrunkCreate create = body.read(SipTrunkCreate.class);
    try {
      PropertiesV2Validator.validate(create);
    } catch (TrunkValidationException e) {
      throw body.renamed(e);
    }
    return create;
  }

  static SipTrunkUpdate toUpdate(TrunkUpdate update) {
    refuseUnsupported(update.host(), update.port(), update.transport(), update.countryCode(), update.numbers());
    Body body = new Body(update.attributes());
    body.refuseNullForDocumentedFields();
    body.put("Name", "name", update.name().map(TextNode::valueOf));
    body.put("DefaultCallerId", "callerId", update.callerId().map(TextNode::valueOf));
    body.put("ChannelLimit", "maxChannels", update.maxChannels().map(IntNode::valueOf));
    body.put("Type", "authMode", update.authMode().map(m -> IntNode.valueOf(requireType(m).code())));
    body.put("SipTrunkIpAddresses", "allowedIps", update.allowedIps().map(PropertiesV2Mapper::ipAddresses));
    body.put("SipTrunkCredentials", update.username().isPresent() ? "username" : "password",
        credentials(update.username(), update.password()));
    SipTrunkUpdate vendor = body.read(SipTrunkUpdate.class);
    try {
      PropertiesV2Validator.validate(vendor);
    } catch (TrunkValidationException e) {
      throw body.renamed(e);
    }
    return vendor;
  }

  private static SipTrunkType requireType(AuthMode mode) {
    return type(mode).orElseThrow(() -> new TrunkValidationException("authMode",
        "must be IP (Type 0, IP to IP) or CREDENTIALS (Type 1, authenticated) for properties-v2"));
  }

  private static Optional<SipTrunkType> inferType(boolean hasIps, boolean hasCredentials) {
    if (hasIps && hasCredentials) {
      throw new TrunkValidationException("authMode",
          "is required when both allowedIps and username/password are set: IP or CREDENTIALS");
    }
    if (hasIps) {
      return Optional.of(SipTrunkType.IP_TO_IP);
    }
    return hasCredentials ? Optional.of(SipTrunkType.AUTHENTICATED) : Optional.empty();
  }

  /** {@code [{"IpAddress": "…"}]}; a bare IPv4 address becomes its {@code /32} block. */
  private static ArrayNode ipAddresses(List<String> ips) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (String ip : ips) {
      String cidr = ip != null && ip.indexOf('/') < 0 && ip.matches("\\d{1,3}(\\.\\d{1,3}){3}") ? ip + "/32" : ip;
      array.addObject().put("IpAddress", cidr);
    }
    return array;
  }

  private static Optional<JsonNode> credentials(Optional<String> username, Optional<Secret> password) {
    if (username.isEmpty() && password.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode node = Json.object();
    username.ifPresent(u -> node.put("Realm", u));
    password.ifPresent(p -> node.put("Password", p.reveal()));
    return Optional.of(node);
  }

  private static void refuseUnsupported(Optional<String> host, Optional<Integer> port, Optional<?> transport,
      Optional<String> countryCode, Optional<?> numbers) {
    unsupported("host", host, "the vendor assigns its own SIP servers");
    unsupported("port", port, "the vendor assigns its own SIP servers");
    unsupported("transport", transport, "the vendor's API has no transport setting");
    unsupported("countryCode", countryCode,
        "trunks have no country here; set the countries it may call in attributes.SipTrunkAllowedCountries");
    unsupported("numbers", numbers, "numbers are not assigned through the SIP-trunk API");
  }

  private static void unsupported(String field, Optional<?> value, String why) {
    if (value.isPresent()) {
      throw new TrunkValidationException(field, "is not supported by properties-v2: " + why);
    }
  }

  /** A vendor body being assembled from {@code attributes} and neutral fields, remembering where each came from. */
  private static final class Body {
    private final ObjectNode json = Json.object();
    private final Set<String> fromAttributes;

    Body(Map<String, JsonNode> attributes) {
      json.setAll(attributes);
      fromAttributes = Set.copyOf(attributes.keySet());
    }

    boolean has(String vendorField) {
      return json.has(vendorField);
    }

    void put(String vendorField, String neutralField, Optional<? extends JsonNode> value) {
      if (value.isEmpty()) {
        return;
      }
      if (fromAttributes.contains(vendorField)) {
        throw new TrunkValidationException(neutralField, "is set twice: also as attributes." + vendorField);
      }
      json.set(vendorField, value.get());
    }

    void require(String vendorField, String neutralField) {
      JsonNode value = json.get(vendorField);
      if (value == null || value.isNull()) {
        throw new TrunkValidationException(neutralField, "is required");
      }
    }

    void refuseNullForDocumentedFields() {
      for (Map.Entry<String, JsonNode> field : json.properties()) {
        if (field.getValue().isNull() && PropertiesV2Validator.BODY_FIELDS.contains(field.getKey())) {
          throw new TrunkValidationException("attributes." + field.getKey(),
              "cannot be cleared with null: the vendor documents no way to clear it");
        }
      }
    }

    <T> T read(Class<T> type) {
      try {
        return Json.mapper().treeToValue(json, type);
      } catch (JsonMappingException e) {
        throw new TrunkValidationException(neutral(path(e)), "has the wrong type or shape for the vendor");
      } catch (JsonProcessingException e) {
        throw new TrunkValidationException("attributes", "cannot be read as the vendor's fields");
      }
    }

    /** The failure under the name the caller used: the neutral field it set, or the attribute. */
    TrunkValidationException renamed(TrunkValidationException e) {
      return new TrunkValidationException(neutral(e.field()), e.rule());
    }

    private String neutral(String vendorPath) {
      String top = vendorPath.split("[.\\[]", 2)[0];
      String neutral = NEUTRAL_NAMES.get(top);
      if (neutral == null || fromAttributes.contains(top)) {
        return "attributes." + vendorPath;
      }
      if (top.equals("SipTrunkIpAddresses")) {
        String rest = vendorPath.substring(top.length());
        return "allowedIps" + (rest.startsWith("[") ? rest.substring(0, rest.indexOf(']') + 1) : "");
      }
      if (top.equals("SipTrunkCredentials")) {
        return vendorPath.endsWith(".Realm") ? "username" : "password";
      }
      return neutral;
    }

    private static String path(JsonMappingException e) {
      StringBuilder sb = new StringBuilder();
      for (JsonMappingException.Reference ref : e.getPath()) {
        if (ref.getFieldName() != null) {
          sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          sb.append('[').append(ref.getIndex()).append(']');
        }
      }
      return sb.length() == 0 ? "(body)" : sb.toString();
    }
  }
}
