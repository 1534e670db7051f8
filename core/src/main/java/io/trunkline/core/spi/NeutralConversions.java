package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each neutral field's usual conversion, and its value in a trunk, a spec and an update: the one switch over them. */
final class NeutralConversions {
  private NeutralConversions() {}

  static Conversion<?> usual(NeutralField field, VendorField.Type type) {
    switch (field) {
      case PORT:
      case MAX_CHANNELS:
        return Conversions.integer();
      case ALLOWED_IPS:
      case NUMBERS:
        return Conversions.textList();
      case CREATED_AT:
      case UPDATED_AT:
        return type == VendorField.Type.INTEGER ? Conversions.epochSeconds() : Conversions.isoInstant();
      case TRANSPORT:
        return Conversions.codes("UDP", Transport.UDP, "TCP", Transport.TCP, "TLS", Transport.TLS);
      case AUTH_MODE:
        return Conversions.codes("CREDENTIALS", AuthMode.CREDENTIALS, "IP", AuthMode.IP, "OTHER", AuthMode.OTHER);
      case STATE:
        return Conversions.codes("ACTIVE", TrunkState.ACTIVE, "INACTIVE", TrunkState.INACTIVE,
            "PROVISIONING", TrunkState.PROVISIONING, "DEPROVISIONING", TrunkState.DEPROVISIONING);
      default:
        return Conversions.text();
    }
  }

  /** The value {@code spec} gives the field, or null (an empty list counts as not given). */
  static Object of(TrunkSpec spec, NeutralField field) {
    switch (field) {
      case NAME:
        return spec.name().orElse(null);
      case HOST:
        return spec.host().orElse(null);
      case PORT:
        return spec.port().orElse(null);
      case TRANSPORT:
        return spec.transport().orElse(null);
      case AUTH_MODE:
        return spec.authMode().orElse(null);
      case USERNAME:
        return spec.username().orElse(null);
      case PASSWORD:
        return spec.password().orElse(null);
      case ALLOWED_IPS:
        return spec.allowedIps().isEmpty() ? null : spec.allowedIps();
      case NUMBERS:
        return spec.numbers().isEmpty() ? null : spec.numbers();
      case CALLER_ID:
        return spec.callerId().orElse(null);
      case MAX_CHANNELS:
        return spec.maxChannels().orElse(null);
      case COUNTRY_CODE:
        return spec.countryCode().orElse(null);
      default:
        return null;
    }
  }

  /** The value {@code update} sets the field to, or null when it leaves it unchanged. */
  static Object of(TrunkUpdate update, NeutralField field) {
    Optional<?> value;
    switch (field) {
      case NAME:
        value = update.name();
        break;
      case HOST:
        value = update.host();
        break;
      case PORT:
        value = update.port();
        break;
      case TRANSPORT:
        value = update.transport();
        break;
      case AUTH_MODE:
        value = update.authMode();
        break;
      case USERNAME:
        value = update.username();
        break;
      case PASSWORD:
        value = update.password();
        break;
      case ALLOWED_IPS:
        value = update.allowedIps();
        break;
      case NUMBERS:
        value = update.numbers();
        break;
      case CALLER_ID:
        value = update.callerId();
        break;
      case MAX_CHANNELS:
        value = update.maxChannels();
        break;
      case COUNTRY_CODE:
        value = update.countryCode();
        break;
      default:
        value = Optional.empty();
    }
    return value.orElse(null);
  }

  /** The value {@code trunk} has for the field, or null. */
  static Object of(SipTrunk trunk, NeutralField field) {
    switch (field) {
      case NAME:
        return trunk.name().orElse(null);
      case STATE:
        return trunk.state().orElse(null);
      case HOST:
        return trunk.host().orElse(null);
      case PORT:
        return trunk.port().orElse(null);
      case TRANSPORT:
        return trunk.transport().orElse(null);
      case AUTH_MODE:
        return trunk.authMode().orElse(null);
      case USERNAME:
        return trunk.username().orElse(null);
      case ALLOWED_IPS:
        return trunk.allowedIps().isEmpty() ? null : trunk.allowedIps();
      case NUMBERS:
        return trunk.numbers().isEmpty() ? null : trunk.numbers();
      case CALLER_ID:
        return trunk.callerId().orElse(null);
      case MAX_CHANNELS:
        return trunk.maxChannels().orElse(null);
      case COUNTRY_CODE:
        return trunk.countryCode().orElse(null);
      case CREATED_AT:
        return trunk.createdAt().orElse(null);
      case UPDATED_AT:
        return trunk.updatedAt().orElse(null);
      default:
        return null;
    }
  }

  @SuppressWarnings("unchecked")
  static void set(SipTrunk.Builder trunk, NeutralField field, Object value) {
    switch (field) {
      case NAME:
        trunk.name((String) value);
        break;
      case STATE:
        trunk.state((TrunkState) value);
        break;
      case HOST:
        trunk.host((String) value);
        break;
      case PORT:
        trunk.port(Optional.of((Integer) value));   // the Integer read, not a second one boxed from an int
        break;
      case TRANSPORT:
        trunk.transport((Transport) value);
        break;
      case AUTH_MODE:
        trunk.authMode((AuthMode) value);
        break;
      case USERNAME:
        trunk.username((String) value);
        break;
      case ALLOWED_IPS:
        trunk.allowedIps((List<String>) value);
        break;
      case NUMBERS:
        trunk.numbers((List<String>) value);
        break;
      case CALLER_ID:
        trunk.callerId((String) value);
        break;
      case MAX_CHANNELS:
        trunk.maxChannels(Optional.of((Integer) value));
        break;
      case COUNTRY_CODE:
        trunk.countryCode((String) value);
        break;
      case CREATED_AT:
        trunk.createdAt((Instant) value);
        break;
      case UPDATED_AT:
        trunk.updatedAt((Instant) value);
        break;
      default:
        break;
    }
  }

  /** The wire value of a neutral value: a secret stays a {@link Secret} until the wire writer reveals it. */
  static Object write(VendorField field, Object value) {
    if (value instanceof Secret) {
      return value;
    }
    JsonNode node = field.conversion.write(value);
    return node;
  }
}
