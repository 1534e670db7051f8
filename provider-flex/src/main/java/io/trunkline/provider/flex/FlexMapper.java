package io.trunkline.provider.flex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.model.Transport;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Validate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Wavix trunks ↔ the neutral model: {@link SipTrunk} from what Wavix returns, requests from a spec or update. */
final class FlexMapper {
  private static final String DYNAMIC = "dynamic";
  private static final Set<String> SECRETS = Set.of("access_token", "password");
  /** Request fields a spec or update may set through {@code attributes}, under Wavix's names. */
  static final Set<String> WRITABLE_ATTRIBUTES = Set.of("multiple_numbers", "ip_restrict", "host_request",
      "didinfo_enabled", "call_restrict", "call_limit", "cost_limit", "max_call_cost", "channels_restrict",
      "max_channels", "rewrite_enabled", "rewrite_prefix", "rewrite_cond", "call_recording_enabled",
      "transcription_enabled", "transcription_threshold", "machine_detection_enabled", "encrypted_media",
      "passthrough");
  /** Wavix fields written through a neutral field, and that field. */
  private static final Map<String, String> NEUTRAL_FIELDS = Map.of("label", "name", "password", "password",
      "callerid", "callerId", "allowed_ips", "allowedIps", "host", "host (with authMode IP)");
  /** Wavix fields that only Wavix sets. */
  private static final Set<String> READ_ONLY = Set.of("id", "name", "created_at", "auth_method", "status",
      "talk_time", "charge", "access_token");

  private FlexMapper() {}

  // ---- Wavix → neutral ----

  static SipTrunk toNeutral(FlexTrunk t) {
    Set<String> mapped = new HashSet<>(Set.of("id", "label", "name", "callerid", "allowed_ips", "host", "created_at"));
    if (t.authMethod().filter(FlexAuthMethod::isKnown).isPresent()) {
      mapped.add("auth_method");
    }
    if (t.status().filter(FlexTrunkStatus::isKnown).isPresent()) {
      mapped.add("status");
    }
    if (t.channelsRestrict()) {
      mapped.add("max_channels");
    }
    return SipTrunk.builder()
        .provider(FlexProviderFactory.ID)
        .id(Long.toString(t.id()))
        .name(t.label())
        .username(t.name())
        .callerId(t.callerid().map(FlexMapper::neutralCallerId))
        .maxChannels(t.channelsRestrict() ? t.maxChannels() : Optional.empty())
        .allowedIps(t.allowedIps().stream().map(FlexAllowedIp::ip).toList())
        .host(t.host())
        .authMode(authMode(t.authMethod(), t.host()))
        .state(t.status().flatMap(FlexMapper::state))
        .createdAt(t.createdAt())
        .attributes(attributes(Json.mapper().valueToTree(t), mapped))
        .build();
  }

  static SipTrunk toNeutral(FlexTrunkSummary s) {
    Set<String> mapped = new HashSet<>(Set.of("id", "label", "name", "callerid"));
    if (s.authMethod().filter(FlexAuthMethod::isKnown).isPresent()) {
      mapped.add("auth_method");
    }
    if (s.status().filter(FlexTrunkStatus::isKnown).isPresent()) {
      mapped.add("status");
    }
    return SipTrunk.builder()
        .provider(FlexProviderFactory.ID)
        .id(Long.toString(s.id()))
        .name(s.label())
        .username(s.name())
        .callerId(s.callerid().map(FlexMapper::neutralCallerId))
        .authMode(authMode(s.authMethod(), Optional.empty()))
        .state(s.status().flatMap(FlexMapper::state))
        .attributes(attributes(Json.mapper().valueToTree(s), mapped))
        .build();
  }

  /**
   * Wavix writes caller IDs as E.164 digits without the {@code +}; the neutral model writes them with it. The empty
   * string (several caller IDs on the trunk) stays empty.
   */
  static String neutralCallerId(String callerid) {
    return callerid.isEmpty() || callerid.startsWith("+") ? callerid : "+" + callerid;
  }

  /** {@code Digest} → CREDENTIALS, {@code IP auth} → IP, others → OTHER; without one, by host. */
  static Optional<AuthMode> authMode(Optional<FlexAuthMethod> method, Optional<String> host) {
    if (method.isPresent()) {
      FlexAuthMethod m = method.get();
      return Optional.of(m.equals(FlexAuthMethod.DIGEST) ? AuthMode.CREDENTIALS
          : m.equals(FlexAuthMethod.IP_AUTH) ? AuthMode.IP : AuthMode.OTHER);
    }
    return host.filter(h -> !h.isEmpty()).map(h -> h.equalsIgnoreCase(DYNAMIC) ? AuthMode.CREDENTIALS : AuthMode.IP);
  }

  /** {@code active} → ACTIVE, {@code pending} → PROVISIONING, {@code rejected} → INACTIVE; others unknown. */
  static Optional<TrunkState> state(FlexTrunkStatus status) {
    if (status.equals(FlexTrunkStatus.ACTIVE)) {
      return Optional.of(TrunkState.ACTIVE);
    }
    if (status.equals(FlexTrunkStatus.PENDING)) {
      return Optional.of(TrunkState.PROVISIONING);
    }
    if (status.equals(FlexTrunkStatus.REJECTED)) {
      return Optional.of(TrunkState.INACTIVE);
    }
    return Optional.empty();
  }

  /** The fields not mapped, secrets and nulls left out. */
  private static Map<String, JsonNode> attributes(JsonNode node, Set<String> mapped) {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    Json.remainingFields(node, mapped, SECRETS).forEach((k, v) -> {
      if (!v.isNull()) {
        rest.put(k, v);
      }
    });
    return rest;
  }

  // ---- neutral → Wavix ----

  /** A create request for {@code spec}; checks what can be checked without Wavix. */
  static FlexTrunkRequest createRequest(TrunkSpec spec) {
    Change change = Change.of(spec);
    change.check();
    change.attributes.keySet().stream().filter(name -> !WRITABLE_ATTRIBUTES.contains(name)).findFirst()
        .ifPresent(name -> {
          throw unknownAttribute(name);
        });
    return change.applyTo(Json.object(), Optional.empty());
  }

  /** Checks an update before the trunk is read: everything but attributes only the trunk can confirm. */
  static void checkUpdate(TrunkUpdate update) {
    Change.of(update).check();
  }

  /**
   * The whole trunk for {@code PUT}: {@code current} as it is, with {@code update} applied. Attributes Wavix
   * does not document are accepted only when the trunk already has them.
   */
  static FlexTrunkRequest updateRequest(FlexTrunk current, TrunkUpdate update) {
    Change change = Change.of(update);
    change.check();
    change.attributes.keySet().stream()
        .filter(name -> !WRITABLE_ATTRIBUTES.contains(name) && !current.otherFields().containsKey(name))
        .findFirst()
        .ifPresent(name -> {
          throw unknownAttribute(name);
        });
    ObjectNode tree = Json.mapper().valueToTree(FlexTrunkRequest.builderFrom(current).build());
    return change.applyTo(tree, Optional.of(current));
  }

  private static TrunkValidationException unknownAttribute(String name) {
    return new TrunkValidationException("attributes." + name, "is not a Wavix trunk field this provider can set;"
        + " the settable ones are " + new java.util.TreeSet<>(WRITABLE_ATTRIBUTES));
  }

  /** A spec or an update, in one shape. */
  private static final class Change {
    final Optional<String> name;
    final Optional<String> host;
    final Optional<Integer> port;
    final Optional<Transport> transport;
    final Optional<AuthMode> authMode;
    final Optional<String> username;
    final Optional<Secret> password;
    final Optional<List<String>> allowedIps;
    final Optional<List<String>> numbers;
    final Optional<String> callerId;
    final Optional<Integer> maxChannels;
    final Optional<String> countryCode;
    final Map<String, JsonNode> attributes;

    private Change(Optional<String> name, Optional<String> host, Optional<Integer> port,
        Optional<Transport> transport, Optional<AuthMode> authMode, Optional<String> username,
        Optional<Secret> password, Optional<List<String>> allowedIps, Optional<List<String>> numbers,
        Optional<String> callerId, Optional<Integer> maxChannels, Optional<String> countryCode,
        Map<String, JsonNode> attributes) {
      this.name = name;
      this.host = host;
      this.port = port;
      this.transport = transport;
      this.authMode = authMode;
      this.username = username;
      this.password = password;
      this.allowedIps = allowedIps;
      this.numbers = numbers;
      this.callerId = callerId;
      this.maxChannels = maxChannels;
      this.countryCode = countryCode;
      this.attributes = attributes;
    }

    static Change of(TrunkSpec s) {
      return new Change(s.name(), s.host(), s.port(), s.transport(), s.authMode(), s.username(), s.password(),
          s.allowedIps().isEmpty() ? Optional.empty() : Optional.of(s.allowedIps()),
          s.numbers().isEmpty() ? Optional.empty() : Optional.of(s.numbers()),
          s.callerId(), s.maxChannels(), s.countryCode(), s.attributes());
    }

    static Change of(TrunkUpdate u) {
      return new Change(u.name(), u.host(), u.port(), u.transport(), u.authMode(), u.username(), u.password(),
          u.allowedIps(), u.numbers(), u.callerId(), u.maxChannels(), u.countryCode(), u.attributes());
    }

    /** Refuses what Wavix trunks do not have and attributes that cannot be sent. */
    void check() {
      unsupported("port", port, "Wavix trunks use Wavix's own SIP endpoints");
      unsupported("transport", transport, "Wavix trunks use Wavix's own SIP endpoints");
      unsupported("username", username, "Wavix generates the SIP login (the trunk's name)");
      unsupported("countryCode", countryCode, "Wavix trunks have no country");
      if (numbers.isPresent() && !numbers.get().isEmpty()) {
        throw new TrunkValidationException("numbers", "is not supported by Wavix trunks: numbers are routed to a"
            + " trunk in the number's own settings (inbound destinations), not on the trunk");
      }
      if (authMode.filter(AuthMode.OTHER::equals).isPresent()) {
        throw new TrunkValidationException("authMode", "must be CREDENTIALS (digest) or IP for Wavix trunks");
      }
      host.ifPresent(h -> {
        if (!h.equalsIgnoreCase(DYNAMIC)) {
          Validate.ipAddress("host", h);
          if (authMode.filter(AuthMode.CREDENTIALS::equals).isPresent()) {
            throw new TrunkValidationException("host", "must be 'dynamic' or left out with authMode CREDENTIALS;"
                + " an IP address asks for IP authentication (authMode IP)");
          }
        } else if (authMode.filter(AuthMode.IP::equals).isPresent()) {
          throw new TrunkValidationException("host", "must be the public static IP address to authenticate"
              + " with authMode IP");
        }
      });
      if (maxChannels.isPresent() && attributes.containsKey("max_channels")) {
        throw new TrunkValidationException("attributes.max_channels", "is also set by maxChannels; set only one");
      }
      if ((host.isPresent() || authMode.isPresent()) && attributes.containsKey("host_request")) {
        throw new TrunkValidationException("attributes.host_request",
            "is also set by host/authMode; set only one");
      }
      maxChannels.ifPresent(v -> Validate.positive("maxChannels", v));
      attributes.forEach((name, value) -> {
        if (READ_ONLY.contains(name)) {
          throw new TrunkValidationException("attributes." + name, "is set by Wavix and cannot be changed"
              + (name.equals("name") ? " (it is the SIP login; to rename the trunk set the neutral name)" : ""));
        }
        String neutral = NEUTRAL_FIELDS.get(name);
        if (neutral != null) {
          throw new TrunkValidationException("attributes." + name, "is set through the neutral field " + neutral);
        }
        if (WRITABLE_ATTRIBUTES.contains(name)) {
          checkType(name, value);
        }
      });
    }

    /** {@code base} (Wavix fields as JSON) with this change applied, as a request. */
    FlexTrunkRequest applyTo(ObjectNode base, Optional<FlexTrunk> current) {
      ObjectNode tree = base.deepCopy();
      tree.remove("password");
      attributes.forEach(tree::set);
      FlexTrunkRequest fromAttributes;
      try {
        fromAttributes = Json.mapper().treeToValue(tree, FlexTrunkRequest.class);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new TrunkValidationException("attributes", "do not form a valid Wavix trunk");
      }
      ImmutableFlexTrunkRequest.Builder b = FlexTrunkRequest.builder().from(fromAttributes);
      name.ifPresent(b::label);
      password.ifPresent(b::password);
      callerId.ifPresent(c -> b.callerid(c.startsWith("+") ? c.substring(1) : c));
      allowedIps.ifPresent(ips -> {
        b.allowedIps(ips.stream().map(FlexAllowedIp::of).toList());
        if (!attributes.containsKey("ip_restrict")) {
          b.ipRestrict(!ips.isEmpty());
        }
      });
      maxChannels.ifPresent(max -> {
        b.maxChannels(max);
        if (!attributes.containsKey("channels_restrict")) {
          b.channelsRestrict(true);
        }
      });
      applyAuthentication(b, fromAttributes, current);
      return b.build();
    }

    /** {@code host} / {@code authMode} → {@code host_request}: an IP address asks for IP authentication. */
    private void applyAuthentication(ImmutableFlexTrunkRequest.Builder b, FlexTrunkRequest before,
        Optional<FlexTrunk> current) {
      boolean toIp = authMode.map(AuthMode.IP::equals)
          .orElse(host.map(h -> !h.equalsIgnoreCase(DYNAMIC)).orElse(false));
      boolean toDigest = authMode.map(AuthMode.CREDENTIALS::equals)
          .orElse(host.map(h -> h.equalsIgnoreCase(DYNAMIC)).orElse(false));
      if (toDigest) {
        b.hostRequest(Optional.empty());
      } else if (toIp) {
        Optional<String> ip = host.or(() -> current.filter(FlexTrunk::usesIpAuthentication).flatMap(FlexTrunk::host));
        if (ip.isEmpty()) {
          throw new TrunkValidationException("host", "is required with authMode IP: the public static IP address"
              + " Wavix is to authenticate");
        }
        boolean unchanged = before.hostRequest().flatMap(FlexHostRequest::host).filter(ip.get()::equals).isPresent();
        b.hostRequest(unchanged ? before.hostRequest().get() : FlexHostRequest.of(ip.get()));
      }
    }

    private static void unsupported(String field, Optional<?> value, String why) {
      if (value.isPresent()) {
        throw new TrunkValidationException(field, "is not supported by Wavix trunks: " + why);
      }
    }

    private static void checkType(String name, JsonNode value) {
      ObjectNode probe = Json.object();
      probe.set(name, value);
      try {
        Json.mapper().treeToValue(probe, FlexTrunkRequest.class);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new TrunkValidationException("attributes." + name, "must be " + expectedType(name));
      }
    }

    private static String expectedType(String name) {
      switch (name) {
        case "call_limit":
        case "max_channels":
        case "transcription_threshold":
          return "a whole number";
        case "max_call_cost":
          return "a USD amount such as 0.18";
        case "rewrite_prefix":
        case "rewrite_cond":
          return "a string of digits";
        case "host_request":
          return "an object such as {\"host\": \"203.0.113.10\"}";
        default:
          return "true or false";
      }
    }
  }
}
