package io.trunkline.provider.pbx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.ImmutableSipTrunk;
import io.trunkline.core.model.Registration;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * PBX trunk ↔ neutral trunk. Reading is a field copy: {@code id, name, enabled→state, hostname→host, port,
 * transport, auth_mode→authMode, username, additional_ips→allowedIps, did_numbers→numbers,
 * concurrency→maxChannels}; every other field the PBX sent goes to {@code attributes} under its own name
 * ({@code auth_mode} too, as the neutral mode is coarser; {@code transport} only when the neutral enum lacks its
 * value). Writing takes the neutral fields and the PBX's own fields from {@code attributes}.
 */
final class PbxMapper {
  static final String PROVIDER_ID = "pbx";
  /** PBX fields that a neutral field stands for: they are not accepted in {@code attributes}. */
  private static final Map<String, String> NEUTRAL_COUNTERPART = Map.of(
      "name", "name", "hostname", "host", "port", "port", "transport", "transport", "username", "username",
      "password", "password", "additional_ips", "allowedIps", "did_numbers", "numbers", "concurrency",
      "maxChannels");

  private PbxMapper() {}

  // ---- PBX -> neutral -------------------------------------------------------------------------------------------

  static SipTrunk toSipTrunk(PbxTrunk t) {
    ImmutableSipTrunk.Builder b = SipTrunk.builder().provider(PROVIDER_ID).id(t.id())
        .name(t.name())
        .host(t.hostname())
        .port(t.port())
        .username(t.username())
        .maxChannels(t.concurrency());
    Optional<Boolean> enabled = t.enabled();
    if (enabled.isPresent()) {
      b.state(enabled.get() ? TrunkState.ACTIVE : TrunkState.INACTIVE);
    }
    Optional<PbxTransport> transport = t.transport();
    boolean transportKnown = transport.isPresent() && transport.get().isKnown();
    if (transportKnown) {
      b.transport(Transport.valueOf(transport.get().value()));
    }
    Optional<PbxAuthMode> authMode = t.authMode();
    if (authMode.isPresent()) {
      b.authMode(neutralAuthMode(authMode.get()));
    }
    Optional<String> ips = t.additionalIps();
    if (ips.isPresent()) {
      split(ips.get(), b::addAllowedIps);
    }
    Optional<String> numbers = t.didNumbers();
    if (numbers.isPresent()) {
      split(numbers.get(), b::addNumbers);
    }
    text(b, "brand", t.brand());
    if (authMode.isPresent()) {
      b.putAttributes("auth_mode", TextNode.valueOf(authMode.get().value()));
    }
    if (transport.isPresent() && !transportKnown) {
      b.putAttributes("transport", TextNode.valueOf(transport.get().value()));
    }
    text(b, "auth_id", t.authId());
    bool(b, "registration", t.registration());
    number(b, "register_interval", t.registerInterval());
    text(b, "outbound_server", t.outboundServer());
    number(b, "outbound_server_port", t.outboundServerPort());
    bool(b, "inlan", t.inlan());
    bool(b, "single_via_header", t.singleViaHeader());
    bool(b, "rewrite_via_ip", t.rewriteViaIp());
    bool(b, "verify_port", t.verifyPort());
    bool(b, "keep_alive", t.keepAlive());
    number(b, "keep_alive_interval", t.keepAliveInterval());
    bool(b, "adjust_sdp_direction", t.adjustSdpDirection());
    bool(b, "remove_srtp_info", t.removeSrtpInfo());
    bool(b, "stir_shaken_signature_required", t.stirShakenSignatureRequired());
    tree(b, "inbound_parameters", t.inboundParameters());
    tree(b, "outbound_parameters", t.outboundParameters());
    bool(b, "shared", t.shared());
    for (Map.Entry<String, JsonNode> e : t.extra().entrySet()) {
      if (!looksSecret(e.getKey())) {
        b.putAttributes(e);
      }
    }
    return b.build();
  }

  static AuthMode neutralAuthMode(PbxAuthMode mode) {
    if (PbxAuthMode.IP_AUTH.equals(mode)) {
      return AuthMode.IP;
    }
    if (PbxAuthMode.REGISTER_AUTH.equals(mode) || PbxAuthMode.ACCEPT_REGISTER.equals(mode)) {
      return AuthMode.CREDENTIALS;
    }
    return AuthMode.OTHER;
  }

  static TrunkStatus toStatus(String id, PbxTrunkStatus status) {
    Registration registration = Registration.UNKNOWN;
    if (status.status().isPresent()) {
      PbxStatus s = status.status().get();
      registration = PbxStatus.ONLINE.equals(s) ? Registration.ONLINE
          : PbxStatus.OFFLINE.equals(s) ? Registration.OFFLINE : Registration.UNKNOWN;
    }
    return TrunkStatus.builder().id(id).registration(registration)
        .vendorStatus(status.status().map(PbxStatus::value))
        .putAllAttributes(status.extra())
        .build();
  }

  /** The items of a {@code ;}-separated PBX list, trimmed, empty entries dropped. */
  static List<String> split(String value) {
    List<String> items = new ArrayList<>();
    split(value, items::add);
    return items;
  }

  /** Hands each item of a {@code ;}-separated PBX list to {@code sink}, trimmed, empty entries dropped. */
  static void split(String value, Consumer<String> sink) {
    if (value.indexOf(';') < 0) {
      String one = value.trim();
      if (!one.isEmpty()) {
        sink.accept(one);
      }
      return;
    }
    int start = 0;
    while (start <= value.length()) {
      int end = value.indexOf(';', start);
      if (end < 0) {
        end = value.length();
      }
      String item = value.substring(start, end).trim();
      if (!item.isEmpty()) {
        sink.accept(item);
      }
      start = end + 1;
    }
  }

  private static void text(ImmutableSipTrunk.Builder b, String name, Optional<String> value) {
    if (value.isPresent()) {
      b.putAttributes(name, TextNode.valueOf(value.get()));
    }
  }

  private static void bool(ImmutableSipTrunk.Builder b, String name, Optional<Boolean> value) {
    if (value.isPresent()) {
      b.putAttributes(name, BooleanNode.valueOf(value.get()));
    }
  }

  private static void number(ImmutableSipTrunk.Builder b, String name, Optional<Integer> value) {
    if (value.isPresent()) {
      b.putAttributes(name, IntNode.valueOf(value.get()));
    }
  }

  private static void tree(ImmutableSipTrunk.Builder b, String name, Optional<?> value) {
    if (value.isPresent()) {
      b.putAttributes(name, Json.mapper().valueToTree(value.get()));
    }
  }

  private static boolean looksSecret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.contains("password") || n.contains("secret") || n.contains("token");
  }

  // ---- neutral -> PBX -------------------------------------------------------------------------------------------

  /** The create body for {@code spec}; neutral names in messages for neutral fields. */
  static PbxTrunkSpec toSpec(TrunkSpec spec) {
    Map<String, JsonNode> attributes = spec.attributes();
    checkAttributeNames(attributes, false);
    Validate.required("name", spec.name());
    Validate.required("host", spec.host());
    Validate.required("port", spec.port());
    Validate.required("transport", spec.transport());
    Validate.required("maxChannels", spec.maxChannels());
    requireAttribute(attributes, "outbound_server", "the outbound server's host name, often the same as host");
    requireAttribute(attributes, "outbound_server_port", "the outbound server's port, often the same as port");
    refuseUnsupported(spec.callerId(), spec.countryCode());

    ImmutablePbxTrunkSpec.Builder b = PbxTrunkSpec.builder();
    readAttributes(attributes, PbxTrunkSpec.class).ifPresent(b::from);
    putNulls(attributes, b::putExtra);
    b.name(spec.name()).hostname(spec.host()).port(spec.port()).username(spec.username())
        .password(spec.password()).concurrency(spec.maxChannels());
    b.transport(PbxTransport.of(spec.transport().get().name()));
    if (!spec.allowedIps().isEmpty()) {
      b.additionalIps(joinIps(spec.allowedIps()));
    }
    if (!spec.numbers().isEmpty()) {
      b.didNumbers(joinNumbers(spec.numbers()));
    }
    PbxTrunkSpec partial = b.build();
    if (spec.authMode().isPresent()) {
      AuthMode wanted = spec.authMode().get();
      if (partial.authMode().isPresent()) {
        PbxAuthMode given = partial.authMode().get();
        if (neutralAuthMode(given) != wanted) {
          throw new TrunkValidationException("attributes.auth_mode", "is " + given + ", which does not match"
              + " authMode " + wanted);
        }
      } else if (wanted == AuthMode.IP) {
        b.authMode(PbxAuthMode.IP_AUTH);
      } else if (wanted == AuthMode.CREDENTIALS) {
        b.authMode(PbxAuthMode.REGISTER_AUTH);
      } else {
        throw new TrunkValidationException("authMode", "OTHER needs the PBX's own value in attributes.auth_mode"
            + " (such as TEAMS or WHATS_APP)");
      }
      return b.build();
    }
    return partial;
  }

  /** The update body for {@code update}: only what it sets. */
  static PbxTrunkUpdate toUpdate(TrunkUpdate update) {
    Map<String, JsonNode> attributes = update.attributes();
    checkAttributeNames(attributes, true);
    if (update.authMode().isPresent()) {
      throw new TrunkValidationException("authMode", "the PBX sets auth_mode when a trunk is created; it cannot be"
          + " changed by an update (create a new trunk instead)");
    }
    refuseUnsupported(update.callerId(), update.countryCode());
    update.name().ifPresent(v -> Validate.requiredText("name", v));

    ImmutablePbxTrunkUpdate.Builder b = PbxTrunkUpdate.builder();
    readAttributes(attributes, PbxTrunkUpdate.class).ifPresent(b::from);
    putNulls(attributes, b::putExtra);
    b.name(update.name()).hostname(update.host()).port(update.port()).username(update.username())
        .password(update.password()).concurrency(update.maxChannels());
    update.transport().ifPresent(t -> b.transport(PbxTransport.of(t.name())));
    update.allowedIps().ifPresent(ips -> b.additionalIps(joinIps(ips)));
    update.numbers().ifPresent(numbers -> b.didNumbers(joinNumbers(numbers)));
    return b.build();
  }

  private static void checkAttributeNames(Map<String, JsonNode> attributes, boolean update) {
    for (String key : attributes.keySet()) {
      String counterpart = NEUTRAL_COUNTERPART.get(key);
      if (counterpart != null) {
        throw new TrunkValidationException("attributes." + key, "set the neutral field " + counterpart
            + " instead");
      }
      if (PbxValidator.READ_ONLY.contains(key)) {
        throw new TrunkValidationException("attributes." + key, "is read-only (written by the PBX); remove it");
      }
      if (update && PbxValidator.CREATE_ONLY.contains(key)) {
        throw new TrunkValidationException("attributes." + key, "is set when a PBX trunk is created and cannot be"
            + " changed by an update; create a new trunk to change it");
      }
    }
  }

  private static void requireAttribute(Map<String, JsonNode> attributes, String name, String what) {
    JsonNode value = attributes.get(name);
    if (value == null || value.isNull()) {
      throw new TrunkValidationException("attributes." + name, "is required to create a PBX trunk (" + what + ")");
    }
  }

  private static void refuseUnsupported(Optional<String> callerId, Optional<String> countryCode) {
    if (callerId.isPresent()) {
      throw new TrunkValidationException("callerId", "a PBX trunk has no caller ID of its own; set the"
          + " outbound_parameters rules in attributes instead");
    }
    if (countryCode.isPresent()) {
      throw new TrunkValidationException("countryCode", "a PBX trunk has no country");
    }
  }

  /** The non-null attributes read as {@code type}; a value of the wrong type is named. */
  private static <T> Optional<T> readAttributes(Map<String, JsonNode> attributes, Class<T> type) {
    if (attributes.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode node = Json.object();
    attributes.forEach((k, v) -> {
      if (!v.isNull()) {
        node.set(k, v);
      }
    });
    try {
      return Optional.of(Json.mapper().treeToValue(node, type));
    } catch (JsonMappingException e) {
      throw new TrunkValidationException("attributes" + path(e), "does not fit the PBX field's type: "
          + e.getOriginalMessage());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new TrunkValidationException("attributes", "cannot be read as PBX trunk fields: " + e.getMessage());
    }
  }

  private static void putNulls(Map<String, JsonNode> attributes, java.util.function.BiConsumer<String, JsonNode> put) {
    attributes.forEach((k, v) -> {
      if (v.isNull()) {
        put.accept(k, NullNode.getInstance());
      }
    });
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** Neutral addresses and CIDR blocks as the PBX's {@code ;}-separated CIDR list; a bare address becomes /32 or /128. */
  static String joinIps(List<String> ips) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ips.size(); i++) {
      String ip = ips.get(i);
      Validate.ipOrCidr("allowedIps[" + i + "]", ip);
      sb.append(i == 0 ? "" : ";").append(ip);
      if (ip.indexOf('/') < 0) {
        sb.append(ip.indexOf(':') >= 0 ? "/128" : "/32");
      }
    }
    return sb.toString();
  }

  /** Neutral numbers and ranges as the PBX's {@code ;}-separated list. */
  static String joinNumbers(List<String> numbers) {
    for (int i = 0; i < numbers.size(); i++) {
      if (!PbxValidator.isNumberOrRange(numbers.get(i))) {
        throw new TrunkValidationException("numbers[" + i + "]", "must be a number or a range of numbers such as"
            + " 3000 or 12000-18000 (digits with an optional leading '+')");
      }
    }
    return String.join(";", numbers);
  }
}
