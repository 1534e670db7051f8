package io.trunkline.provider.famulor;

import static io.trunkline.provider.famulor.FamulorFields.INBOUND_AUTHORIZATION_TYPE;
import static io.trunkline.provider.famulor.FamulorFields.INBOUND_TRUNK_ID;
import static io.trunkline.provider.famulor.FamulorFields.NICKNAME;
import static io.trunkline.provider.famulor.FamulorFields.OUTBOUND_PROXY;
import static io.trunkline.provider.famulor.FamulorFields.OUTBOUND_TRUNK_ID;
import static io.trunkline.provider.famulor.FamulorFields.SIP_CALLING_FORMAT;
import static io.trunkline.provider.famulor.FamulorFields.SIP_TRUNK_TYPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Validate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Famulor's SIP trunk and the neutral model, both ways (the table in the module README). Neutral fields Famulor
 * has no place for (port, transport, caller ID, channel limit) are refused, never dropped in silence.
 */
final class FamulorMapper {
  static final String PROVIDER = "famulor";

  /** Vendor fields a neutral create or update may carry in {@code attributes}. */
  private static final Set<String> WRITABLE_ATTRIBUTES =
      Set.of(SIP_TRUNK_TYPE, SIP_CALLING_FORMAT, INBOUND_AUTHORIZATION_TYPE, OUTBOUND_PROXY);
  /** Vendor fields with a neutral field of their own, and that field's name. */
  private static final Map<String, String> NEUTRAL_NAMES = Map.of(
      FamulorFields.PHONE_NUMBER, "numbers", FamulorFields.NICKNAME, "name", FamulorFields.SIP_USERNAME, "username",
      FamulorFields.SIP_PASSWORD, "password", FamulorFields.SIP_ADDRESS, "host",
      FamulorFields.ALLOWED_INBOUND_IPS, "allowedIps", FamulorFields.COUNTRY_CODE, "countryCode");

  private FamulorMapper() {}

  static SipTrunk toNeutral(FamulorSipTrunk trunk) {
    var builder = SipTrunk.builder()
        .provider(PROVIDER)
        .id(Long.toString(trunk.id()))
        .name(trunk.nickname())
        .host(trunk.sipAddress())
        .username(trunk.sipUsername())
        .allowedIps(trunk.allowedInboundIps())
        .addNumbers(trunk.phoneNumber())
        .countryCode(trunk.countryCode())
        .createdAt(trunk.createdAt())
        .updatedAt(trunk.updatedAt());
    trunk.inboundAuthorizationType().ifPresent(type -> {
      if (InboundAuthorizationType.AUTH.equals(type)) {
        builder.authMode(AuthMode.CREDENTIALS);
      } else if (InboundAuthorizationType.IP.equals(type)) {
        builder.authMode(AuthMode.IP);
      } else {
        builder.authMode(AuthMode.OTHER);
        builder.putAttributes(INBOUND_AUTHORIZATION_TYPE, TextNode.valueOf(type.value()));
      }
    });
    trunk.sipCallingFormat().ifPresent(f -> builder.putAttributes(SIP_CALLING_FORMAT, TextNode.valueOf(f.value())));
    trunk.outboundProxy().ifPresent(p -> builder.putAttributes(OUTBOUND_PROXY, BooleanNode.valueOf(p)));
    trunk.inboundTrunkId().ifPresent(t -> builder.putAttributes(INBOUND_TRUNK_ID, TextNode.valueOf(t)));
    trunk.outboundTrunkId().ifPresent(t -> builder.putAttributes(OUTBOUND_TRUNK_ID, TextNode.valueOf(t)));
    trunk.additionalFields().forEach((name, value) -> {
      if (!FamulorFields.SIP_PASSWORD.equals(name)) {
        builder.putAttributes(name, value);
      }
    });
    return builder.build();
  }

  /**
   * A neutral spec as Famulor's create body. {@code sip_trunk_type} defaults to {@code number} for an E.164
   * number and {@code extension} otherwise; the inbound authorization to {@code ip} when {@code allowedIps} is
   * given and {@code auth} otherwise.
   */
  static FamulorSipTrunkCreate toCreate(TrunkSpec spec) {
    refuseUnmapped(spec.port().isPresent(), spec.transport().isPresent(), spec.callerId().isPresent(),
        spec.maxChannels().isPresent());
    checkAttributes(spec.attributes(), false);
    Map<String, JsonNode> attrs = spec.attributes();
    String number = single(spec.numbers());
    ImmutableFamulorSipTrunkCreate.Builder b = FamulorSipTrunkCreate.builder()
        .phoneNumber(number)
        .nickname(spec.name())
        .sipUsername(Validate.required("username", spec.username()).get())
        .sipPassword(Validate.required("password", spec.password()).get())
        .sipAddress(Validate.required("host", spec.host()).get())
        .allowedInboundIps(spec.allowedIps())
        .countryCode(Validate.required("countryCode", spec.countryCode()).get());
    b.sipTrunkType(text(attrs, SIP_TRUNK_TYPE).map(SipTrunkType::of)
        .orElse(Validate.isE164(number) ? SipTrunkType.NUMBER : SipTrunkType.EXTENSION));
    b.sipCallingFormat(SipCallingFormat.of(text(attrs, SIP_CALLING_FORMAT).orElseThrow(
        () -> new TrunkValidationException("attributes." + SIP_CALLING_FORMAT,
            "is required by Famulor: '+e164', 'e164' or 'national'"))));
    b.inboundAuthorizationType(authorization(spec.authMode(), text(attrs, INBOUND_AUTHORIZATION_TYPE))
        .orElse(spec.allowedIps().isEmpty() ? InboundAuthorizationType.AUTH : InboundAuthorizationType.IP));
    bool(attrs, OUTBOUND_PROXY).ifPresent(b::outboundProxy);
    return b.build();
  }

  /** A neutral change as Famulor's partial update; {@code attributes.nickname = null} clears the nickname. */
  static FamulorSipTrunkUpdate toUpdate(TrunkUpdate update) {
    refuseUnmapped(update.port().isPresent(), update.transport().isPresent(), update.callerId().isPresent(),
        update.maxChannels().isPresent());
    checkAttributes(update.attributes(), true);
    Map<String, JsonNode> attrs = update.attributes();
    ImmutableFamulorSipTrunkUpdate.Builder b = FamulorSipTrunkUpdate.builder()
        .nickname(update.name())
        .sipUsername(update.username())
        .sipPassword(update.password())
        .sipAddress(update.host())
        .countryCode(update.countryCode());
    update.numbers().ifPresent(numbers -> b.phoneNumber(single(numbers)));
    update.allowedIps().ifPresent(b::allowedInboundIps);
    if (attrs.containsKey(NICKNAME)) {
      if (update.name().isPresent()) {
        throw new TrunkValidationException("attributes." + NICKNAME, "set name, or clear it with"
            + " attributes.nickname = null, not both");
      }
      b.clearNickname(true);
    }
    text(attrs, SIP_CALLING_FORMAT).map(SipCallingFormat::of).ifPresent(b::sipCallingFormat);
    authorization(update.authMode(), text(attrs, INBOUND_AUTHORIZATION_TYPE)).ifPresent(b::inboundAuthorizationType);
    bool(attrs, OUTBOUND_PROXY).ifPresent(b::outboundProxy);
    return b.build();
  }

  private static void refuseUnmapped(boolean port, boolean transport, boolean callerId, boolean maxChannels) {
    if (port) {
      throw new TrunkValidationException("port", "Famulor takes the SIP address without a port; leave port empty");
    }
    if (transport) {
      throw new TrunkValidationException("transport", "Famulor has no transport setting; leave it empty");
    }
    if (callerId) {
      throw new TrunkValidationException("callerId", "Famulor has no caller ID setting; leave it empty");
    }
    if (maxChannels) {
      throw new TrunkValidationException("maxChannels", "Famulor has no channel limit; leave it empty");
    }
  }

  private static void checkAttributes(Map<String, JsonNode> attributes, boolean update) {
    for (Map.Entry<String, JsonNode> e : attributes.entrySet()) {
      String name = e.getKey();
      String field = "attributes." + name;
      if (update && SIP_TRUNK_TYPE.equals(name)) {
        throw new TrunkValidationException(field, "cannot be changed after the trunk is created");
      }
      if (update && NICKNAME.equals(name)) {
        if (!e.getValue().isNull()) {
          throw new TrunkValidationException(field, "may only be null (to clear it); set name to change it");
        }
        continue;
      }
      if (NEUTRAL_NAMES.containsKey(name)) {
        throw new TrunkValidationException(field, "is the neutral field '" + NEUTRAL_NAMES.get(name)
            + "'; set that instead");
      }
      if (FamulorFields.READ_ONLY.contains(name)) {
        throw new TrunkValidationException(field, "is set by Famulor and cannot be sent");
      }
      if (!WRITABLE_ATTRIBUTES.contains(name)) {
        throw new TrunkValidationException(field, "is not a Famulor field; accepted: " + (update
            ? "sip_calling_format, inbound_authorization_type, outbound_proxy, nickname (null only)"
            : "sip_trunk_type, sip_calling_format, inbound_authorization_type, outbound_proxy"));
      }
    }
  }

  private static Optional<InboundAuthorizationType> authorization(Optional<AuthMode> mode,
      Optional<String> attribute) {
    Optional<InboundAuthorizationType> fromMode = mode.map(m -> {
      switch (m) {
        case CREDENTIALS:
          return InboundAuthorizationType.AUTH;
        case IP:
          return InboundAuthorizationType.IP;
        default:
          throw new TrunkValidationException("authMode", "Famulor supports CREDENTIALS (auth) and IP (ip) only");
      }
    });
    Optional<InboundAuthorizationType> fromAttribute = attribute.map(InboundAuthorizationType::of);
    if (fromMode.isPresent() && fromAttribute.isPresent() && !fromMode.equals(fromAttribute)) {
      throw new TrunkValidationException("attributes." + INBOUND_AUTHORIZATION_TYPE,
          "contradicts authMode " + mode.get());
    }
    return fromMode.or(() -> fromAttribute);
  }

  private static String single(List<String> numbers) {
    if (numbers.size() != 1) {
      throw new TrunkValidationException("numbers", "a Famulor SIP trunk has exactly one number or extension,"
          + " was given " + numbers.size());
    }
    return numbers.get(0);
  }

  private static Optional<String> text(Map<String, JsonNode> attributes, String name) {
    JsonNode value = attributes.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new TrunkValidationException("attributes." + name, "must be a string");
    }
    return Optional.of(value.asText());
  }

  private static Optional<Boolean> bool(Map<String, JsonNode> attributes, String name) {
    JsonNode value = attributes.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw new TrunkValidationException("attributes." + name, "must be true or false");
    }
    return Optional.of(value.booleanValue());
  }
}
