package io.trunkline.provider.channel.internal;

import static io.trunkline.provider.channel.internal.ChannelFields.AREA_CODE;
import static io.trunkline.provider.channel.internal.ChannelFields.AUDIO_STREAM;
import static io.trunkline.provider.channel.internal.ChannelFields.CALLER_ID;
import static io.trunkline.provider.channel.internal.ChannelFields.CALL_BARRINGS;
import static io.trunkline.provider.channel.internal.ChannelFields.CLIP;
import static io.trunkline.provider.channel.internal.ChannelFields.DID;
import static io.trunkline.provider.channel.internal.ChannelFields.FAILOVER;
import static io.trunkline.provider.channel.internal.ChannelFields.FULL_E164;
import static io.trunkline.provider.channel.internal.ChannelFields.IP_WHITELIST;
import static io.trunkline.provider.channel.internal.ChannelFields.MICROSOFT_TEAMS_CONFIGURATION;
import static io.trunkline.provider.channel.internal.ChannelFields.NEW_NAME;
import static io.trunkline.provider.channel.internal.ChannelFields.PASSWORD;
import static io.trunkline.provider.channel.internal.ChannelFields.PROXY_ID;
import static io.trunkline.provider.channel.internal.ChannelFields.SIP_TRUNK;
import static io.trunkline.provider.channel.internal.ChannelFields.TEMPLATE_ID;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Validate;
import io.trunkline.provider.channel.ChannelAudioStream;
import io.trunkline.provider.channel.ChannelClip;
import io.trunkline.provider.channel.ChannelDid;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.provider.channel.ChannelFailover;
import io.trunkline.provider.channel.ChannelNumbers;
import io.trunkline.provider.channel.ChannelSipTrunk;
import io.trunkline.provider.channel.ImmutableChannelAudioStream;
import io.trunkline.provider.channel.ImmutableChannelClip;
import io.trunkline.provider.channel.ImmutableChannelDid;
import io.trunkline.provider.channel.ImmutableChannelEdit;
import io.trunkline.provider.channel.ImmutableChannelFailover;
import io.trunkline.provider.channel.ImmutableChannelSipTrunk;
import io.trunkline.provider.channel.ImmutableMicrosoftTeamsConfiguration;
import io.trunkline.provider.channel.MicrosoftTeamsConfiguration;
import io.trunkline.provider.channel.OperatorConnectNumberType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the typed client's input before any request is sent; each failure names the vendor field. */
final class ChannelValidator {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern AREA_CODE_DIGITS = Pattern.compile("[0-9]{1,10}");

  private ChannelValidator() {}

  /** A channel name, which goes into the path as one segment. */
  static String channelName(String field, String name) {
    Validate.requiredText(field, name);
    return Validate.pathSegment(field, name);
  }

  /** An E.164 number, as connect, disconnect and the edit's caller ID require. */
  static String e164(String field, String number) {
    return Validate.e164(field, number);
  }

  /** An area code: 1 to 10 digits, national prefix included. */
  static String areaCode(String field, String code) {
    if (!AREA_CODE_DIGITS.matcher(code).matches()) {
      throw new TrunkValidationException(field, "must be 1 to 10 digits, such as 036");
    }
    return code;
  }

  /** An Operator Connect number: E.164 or 00-prefixed, sent as given. */
  static String operatorConnectNumber(String field, String number) {
    if (!Validate.isE164(number) && !ChannelNumbers.isZeroZero(number)) {
      throw new TrunkValidationException(field,
          "must be E.164 (+4921141873130) or 00-prefixed (004921141873130), no spaces");
    }
    return number;
  }

  static OperatorConnectNumberType numberType(OperatorConnectNumberType type) {
    Validate.required("number_type", type);
    if (!type.isKnown()) {
      throw new TrunkValidationException("number_type", "must be \"User\", \"Resource Account\" or \"\"");
    }
    return type;
  }

  /** Every field of an edit; an empty edit is refused. */
  static ChannelEdit edit(ChannelEdit edit) {
    Validate.required("edit", edit);
    if (edit.isEmpty()) {
      throw new TrunkValidationException("edit", "sets no field; nothing to change");
    }
    edit.newName().ifPresent(n -> channelName(NEW_NAME, n));
    edit.callerId().ifPresent(n -> e164(CALLER_ID, n));
    edit.areaCode().ifPresent(a -> areaCode(AREA_CODE, a));
    edit.fullE164Text().ifPresent(text -> {
      Validate.requiredText(FULL_E164, text);
      if (edit.fullE164().isPresent()) {
        throw new TrunkValidationException(FULL_E164, "is set twice: as a boolean and as text; set one");
      }
    });
    edit.callBarrings().ifPresent(codes -> {
      for (int i = 0; i < codes.size(); i++) {
        Validate.requiredText(CALL_BARRINGS + "[" + i + "]", codes.get(i));
      }
    });
    extra("", edit.extraFields(), ImmutableChannelEdit.copyOf(edit).withExtraFields(Map.of())
        .withPassword(Optional.empty()), ChannelEdit.class);
    edit.password().ifPresent(p -> {
      if (edit.extraFields().containsKey(PASSWORD)) {
        throw new TrunkValidationException(PASSWORD, "is set twice: in the builder and in extraFields");
      }
    });
    edit.sipTrunk().ifPresent(s -> {
      sipTrunk(SIP_TRUNK + ".", s);
      extra(SIP_TRUNK + ".", s.extraFields(), ImmutableChannelSipTrunk.copyOf(s).withExtraFields(Map.of()),
          ChannelSipTrunk.class);
    });
    edit.audioStream().ifPresent(a -> {
      audioStream(AUDIO_STREAM + ".", a);
      extra(AUDIO_STREAM + ".", a.extraFields(), ImmutableChannelAudioStream.copyOf(a).withExtraFields(Map.of()),
          ChannelAudioStream.class);
    });
    edit.clip().ifPresent(c -> {
      clip(CLIP + ".", c);
      extra(CLIP + ".", c.extraFields(), ImmutableChannelClip.copyOf(c).withExtraFields(Map.of()), ChannelClip.class);
    });
    edit.did().ifPresent(d -> extra(DID + ".", d.extraFields(), ImmutableChannelDid.copyOf(d)
        .withExtraFields(Map.of()), ChannelDid.class));
    edit.failover().ifPresent(f -> extra(FAILOVER + ".", f.extraFields(),
        ImmutableChannelFailover.copyOf(f).withExtraFields(Map.of()), ChannelFailover.class));
    edit.microsoftTeamsConfiguration().ifPresent(t -> {
      teams(MICROSOFT_TEAMS_CONFIGURATION + ".", t);
      extra(MICROSOFT_TEAMS_CONFIGURATION + ".", t.extraFields(),
          ImmutableMicrosoftTeamsConfiguration.copyOf(t).withExtraFields(Map.of()), MicrosoftTeamsConfiguration.class);
    });
    return edit;
  }

  /** The typed fields of the SIP trunk section; {@code prefix} is the section's name and a dot, for the field named. */
  private static void sipTrunk(String prefix, ChannelSipTrunk section) {
    section.templateId().ifPresent(id -> Validate.uuid(prefix + TEMPLATE_ID, id));
    section.proxyId().ifPresent(id -> Validate.uuid(prefix + PROXY_ID, id));
    section.ipWhitelist().ifPresent(list -> ipWhitelist(prefix + IP_WHITELIST, list));
    section.ping().ifPresent(p -> {
      if (!p.isKnown()) {
        throw new TrunkValidationException(prefix + "ping", "must be 1 (no ping), 2 (SIP OPTIONS) or 3 (UDP), was "
            + p.code());
      }
    });
    section.ringingTimeout().ifPresent(t -> Validate.positive(prefix + "ringing_timeout", t));
  }

  /** The typed fields of the audio stream section. */
  private static void audioStream(String prefix, ChannelAudioStream section) {
    section.dtmf().ifPresent(d -> Validate.range(prefix + "dtmf", d, 0, Integer.MAX_VALUE));
    section.rtpTimeout().ifPresent(t -> seconds(prefix + "rtp_timeout", t));
    section.rtpHoldTimeout().ifPresent(t -> seconds(prefix + "rtp_hold_timeout", t));
  }

  /** The typed fields of the CLIP section. */
  private static void clip(String prefix, ChannelClip section) {
    section.method().ifPresent(m -> {
      if (!m.isKnown()) {
        throw new TrunkValidationException(prefix + "method", "must be 0, 1, 2, 3 or 5, was " + m.code());
      }
    });
  }

  /** The typed fields of the Microsoft Teams section. */
  private static void teams(String prefix, MicrosoftTeamsConfiguration section) {
    Validate.uuid(prefix + "microsoft_tenant_id", section.microsoftTenantId());
  }

  /** {@code ;}-separated addresses or CIDR blocks; {@code ""} (clear) is allowed. */
  private static List<String> ipWhitelist(String field, String list) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> entries = List.of(list.split(";", -1));
    for (int i = 0; i < entries.size(); i++) {
      Validate.ipOrCidr(field + "[" + i + "]", entries.get(i));
    }
    return entries;
  }

  /** A whole number of seconds written as digits. */
  private static void seconds(String field, String value) {
    if (value.length() > 9 || !DIGITS.matcher(value).matches()) {
      throw new TrunkValidationException(field, "must be a whole number of seconds written as digits, such as \"1800\"");
    }
  }

  /**
   * Extra fields must not repeat a typed field: one field, one value. The one exception is an explicit JSON
   * {@code null} under the name of a typed field left empty, which is how a field is cleared. The typed names (and
   * their aliases) are read from {@code type}'s Jackson annotations.
   */
  private static void extra(String prefix, Map<String, JsonNode> extra, Object typedPart, Class<?> type) {
    if (extra.isEmpty()) {
      return;
    }
    Map<String, String> canonical = new HashMap<>();
    BeanDescription bean = Json.mapper().getSerializationConfig().introspect(Json.mapper().constructType(type));
    for (BeanPropertyDefinition property : bean.findProperties()) {
      canonical.put(property.getName(), property.getName());
      property.findAliases().forEach(alias -> canonical.put(alias.getSimpleName(), property.getName()));
    }
    Set<String> written = new HashSet<>();
    Json.mapper().valueToTree(typedPart).fieldNames().forEachRemaining(name ->
        written.add(canonical.getOrDefault(name, name)));
    for (Map.Entry<String, JsonNode> e : extra.entrySet()) {
      String name = e.getKey();
      Validate.requiredText(prefix + "extraFields key", name);
      String typed = canonical.get(name);
      if (typed != null && (written.contains(typed) || !e.getValue().isNull())) {
        throw new TrunkValidationException(prefix + name, "is a typed field: set it through the builder, not"
            + " extraFields (only an explicit null for a field left empty is allowed there)");
      }
    }
  }
}
