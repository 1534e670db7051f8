package io.trunkline.provider.channel;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Validate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks input before any request is sent; each failure names the vendor field. */
final class ChannelValidator {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern AREA_CODE = Pattern.compile("[0-9]{1,10}");

  private static final Set<String> EDIT_FIELDS = Set.of("new_name", "password", "caller_id", "block_caller_id",
      "area_code", "call_barrings", "full_e164", "sip_trunk", "audio_stream", "clip", "did", "failover",
      "microsoft_teams_configuration");
  private static final Set<String> SIP_TRUNK_FIELDS = Set.of("channel_template_id", "template_id",
      "manual_caller_id", "forward_clip", "t38_codec", "call_forwarding_facilities", "destination_filter",
      "ip_whitelist", "channel_proxy_id", "proxy_id", "reference", "ping", "ringing_timeout");
  private static final Map<String, String> SIP_TRUNK_ALIASES =
      Map.of("template_id", "channel_template_id", "proxy_id", "channel_proxy_id");
  private static final Set<String> AUDIO_STREAM_FIELDS = Set.of("dtmf", "g729_codec", "h263_codec", "h264_codec",
      "call_forwarding_facilities", "allow_external_rtp", "rtp_timeout", "rtp_hold_timeout", "remote_party_id",
      "progress_inband");
  private static final Set<String> CLIP_FIELDS = Set.of("ten_digits_length", "method", "deny", "restrict_value");
  private static final Set<String> DID_FIELDS = Set.of("ten_digits_length", "in_display_name", "to_header",
      "uri_header", "filter");
  private static final Set<String> FAILOVER_FIELDS = Set.of("forward_to", "external_caller_id");
  private static final Set<String> TEAMS_FIELDS = Set.of("microsoft_tenant_id");

  private ChannelValidator() {}

  /** A channel name, which goes into the path as one segment. */
  static String channelName(String field, String name) {
    Validate.requiredText(field, name);
    return Validate.pathSegment(field, name);
  }

  /** An E.164 number, as connect, disconnect and {@code caller_id} require. */
  static String e164(String field, String number) {
    return Validate.e164(field, number);
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
    edit.newName().ifPresent(n -> channelName("new_name", n));
    edit.callerId().ifPresent(n -> e164("caller_id", n));
    edit.areaCode().ifPresent(a -> {
      if (!AREA_CODE.matcher(a).matches()) {
        throw new TrunkValidationException("area_code", "must be 1 to 10 digits, such as 036");
      }
    });
    edit.callBarrings().ifPresent(codes -> {
      for (int i = 0; i < codes.size(); i++) {
        Validate.requiredText("call_barrings[" + i + "]", codes.get(i));
      }
    });
    extra("", edit.extraFields(), ImmutableChannelEdit.copyOf(edit).withExtraFields(Map.of())
        .withPassword(Optional.empty()), EDIT_FIELDS, Map.of());
    edit.password().ifPresent(p -> {
      if (edit.extraFields().containsKey("password")) {
        throw new TrunkValidationException("password", "is set twice: in the builder and in extraFields");
      }
    });
    edit.sipTrunk().ifPresent(ChannelValidator::sipTrunk);
    edit.audioStream().ifPresent(ChannelValidator::audioStream);
    edit.clip().ifPresent(c -> {
      c.method().ifPresent(m -> {
        if (!m.isKnown()) {
          throw new TrunkValidationException("clip.method", "must be 0, 1, 2, 3 or 5, was " + m.code());
        }
      });
      extra("clip.", c.extraFields(), ImmutableChannelClip.copyOf(c).withExtraFields(Map.of()), CLIP_FIELDS,
          Map.of());
    });
    edit.did().ifPresent(d -> extra("did.", d.extraFields(), ImmutableChannelDid.copyOf(d).withExtraFields(Map.of()),
        DID_FIELDS, Map.of()));
    edit.failover().ifPresent(f -> extra("failover.", f.extraFields(),
        ImmutableChannelFailover.copyOf(f).withExtraFields(Map.of()), FAILOVER_FIELDS, Map.of()));
    edit.microsoftTeamsConfiguration().ifPresent(t -> {
      Validate.uuid("microsoft_teams_configuration.microsoft_tenant_id", t.microsoftTenantId());
      extra("microsoft_teams_configuration.", t.extraFields(),
          ImmutableMicrosoftTeamsConfiguration.copyOf(t).withExtraFields(Map.of()), TEAMS_FIELDS, Map.of());
    });
    return edit;
  }

  private static void sipTrunk(ChannelSipTrunk s) {
    s.templateId().ifPresent(id -> Validate.uuid("sip_trunk.channel_template_id", id));
    s.proxyId().ifPresent(id -> Validate.uuid("sip_trunk.channel_proxy_id", id));
    s.ipWhitelist().ifPresent(list -> ipWhitelist("sip_trunk.ip_whitelist", list));
    s.ping().ifPresent(p -> {
      if (!p.isKnown()) {
        throw new TrunkValidationException("sip_trunk.ping", "must be 1 (no ping), 2 (SIP OPTIONS) or 3 (UDP), was "
            + p.code());
      }
    });
    s.ringingTimeout().ifPresent(t -> Validate.positive("sip_trunk.ringing_timeout", t));
    extra("sip_trunk.", s.extraFields(), ImmutableChannelSipTrunk.copyOf(s).withExtraFields(Map.of()),
        SIP_TRUNK_FIELDS, SIP_TRUNK_ALIASES);
  }

  private static void audioStream(ChannelAudioStream a) {
    a.dtmf().ifPresent(d -> Validate.range("audio_stream.dtmf", d, 0, Integer.MAX_VALUE));
    a.rtpTimeout().ifPresent(t -> seconds("audio_stream.rtp_timeout", t));
    a.rtpHoldTimeout().ifPresent(t -> seconds("audio_stream.rtp_hold_timeout", t));
    extra("audio_stream.", a.extraFields(), ImmutableChannelAudioStream.copyOf(a).withExtraFields(Map.of()),
        AUDIO_STREAM_FIELDS, Map.of());
  }

  /** {@code ;}-separated addresses or CIDR blocks; {@code ""} (clear) is allowed. */
  static List<String> ipWhitelist(String field, String list) {
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> entries = List.of(list.split(";", -1));
    for (int i = 0; i < entries.size(); i++) {
      Validate.ipOrCidr(field + "[" + i + "]", entries.get(i));
    }
    return entries;
  }

  private static void seconds(String field, String value) {
    if (value.length() > 9 || !DIGITS.matcher(value).matches()) {
      throw new TrunkValidationException(field, "must be a whole number of seconds written as digits, such as \"1800\"");
    }
  }

  /**
   * Extra fields must not repeat a typed field: one field, one value. The one exception is an explicit JSON
   * {@code null} under the name of a typed field left empty, which is how a field is cleared.
   */
  private static void extra(String prefix, Map<String, JsonNode> extra, Object typedPart, Set<String> typed,
      Map<String, String> aliases) {
    if (extra.isEmpty()) {
      return;
    }
    Set<String> written = new HashSet<>();
    Json.mapper().valueToTree(typedPart).fieldNames().forEachRemaining(name -> {
      written.add(name);
      written.add(aliases.getOrDefault(name, name));
    });
    for (Map.Entry<String, JsonNode> e : extra.entrySet()) {
      String name = e.getKey();
      Validate.requiredText(prefix + "extraFields key", name);
      String canonical = aliases.getOrDefault(name, name);
      if (typed.contains(name) && (written.contains(canonical) || !e.getValue().isNull())) {
        throw new TrunkValidationException(prefix + name, "is a typed field: set it through the builder, not"
            + " extraFields (only an explicit null for a field left empty is allowed there)");
      }
    }
  }
}
