package io.trunkline.provider.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.ImmutableSipTrunk;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Validate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Vendor types to neutral ones and back. */
final class ChannelMapper {
  private static final String UNSUPPORTED = "cannot be changed through the channel API (edit channel has no such field)";
  /** Edit fields with a neutral counterpart: set through it, not through attributes. */
  private static final Map<String, String> NEUTRAL_FIELDS =
      Map.of("new_name", "name", "password", "password", "caller_id", "callerId");

  private ChannelMapper() {}

  /**
   * A neutral change as an edit: {@code name} to {@code new_name}, {@code password}, {@code callerId} to
   * {@code caller_id}, {@code allowedIps} to {@code sip_trunk.ip_whitelist} ({@code ;}-joined), and the vendor's
   * other fields from {@code attributes} under their own names. Neutral fields edit channel does not have are
   * refused, as are unknown attribute names.
   */
  static ChannelEdit toEdit(TrunkUpdate update) {
    update.host().ifPresent(v -> refuse("host"));
    update.port().ifPresent(v -> refuse("port"));
    update.transport().ifPresent(v -> refuse("transport"));
    update.authMode().ifPresent(v -> refuse("authMode"));
    update.username().ifPresent(v -> refuse("username"));
    update.maxChannels().ifPresent(v -> refuse("maxChannels"));
    update.countryCode().ifPresent(v -> refuse("countryCode"));
    update.numbers().ifPresent(v -> {
      throw new TrunkValidationException("numbers", "cannot be set by an update; use connectNumber and"
          + " disconnectNumber for each number");
    });
    ObjectNode attributes = Json.object();
    update.attributes().forEach(attributes::set);
    NEUTRAL_FIELDS.forEach((vendor, neutral) -> {
      if (attributes.has(vendor)) {
        throw new TrunkValidationException("attributes." + vendor, "set it through the neutral field '" + neutral
            + "'");
      }
    });
    if (update.allowedIps().isPresent() && attributes.path("sip_trunk").has("ip_whitelist")) {
      throw new TrunkValidationException("attributes.sip_trunk.ip_whitelist",
          "is set twice; set it through the neutral field 'allowedIps' only");
    }
    ChannelEdit fromAttributes;
    try {
      fromAttributes = Json.mapper().treeToValue(attributes, ChannelEdit.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
          : e.getMessage();
      throw new TrunkValidationException("attributes", "do not fit the channel API's edit channel: " + why);
    }
    refuseUnknown(fromAttributes);
    ChannelEdit base = withExplicitNulls(fromAttributes, attributes);
    ImmutableChannelEdit.Builder edit = ChannelEdit.builder().from(base);
    update.name().ifPresent(edit::newName);
    update.password().ifPresent(edit::password);
    update.callerId().ifPresent(edit::callerId);
    update.allowedIps().ifPresent(ips -> {
      for (int i = 0; i < ips.size(); i++) {
        Validate.ipOrCidr("allowedIps[" + i + "]", ips.get(i));
      }
      ChannelSipTrunk section = base.sipTrunk().orElseGet(() -> ChannelSipTrunk.builder().build());
      edit.sipTrunk(ImmutableChannelSipTrunk.copyOf(section).withIpWhitelist(String.join(";", ips)));
    });
    return edit.build();
  }

  /**
   * The trunk after an edit, built from what was sent and what was answered (edit channel answers only
   * {@code channel_name}, and the API has no read of a channel): id and name are the {@code new_name} sent, else
   * the {@code channel_name} answered, else the name edited; {@code callerId} and {@code allowedIps} are what was
   * sent; the other fields sent are in {@code attributes} under the vendor's names (never the password), with any
   * field the answer added (except one that echoes the password). Fields not sent are empty.
   */
  static SipTrunk toTrunk(String editedName, ObjectNode sentBody, ChannelEditResult answer) {
    ObjectNode sent = sentBody.deepCopy();
    sent.remove("password");
    String id = Json.text(sent, "new_name").or(answer::channelName).orElse(editedName);
    ImmutableSipTrunk.Builder trunk = SipTrunk.builder().provider(ChannelProviderFactory.ID).id(id).name(id);
    Json.text(sent, "caller_id").ifPresent(trunk::callerId);
    JsonNode sipTrunk = sent.get("sip_trunk");
    if (sipTrunk instanceof ObjectNode && sipTrunk.has("ip_whitelist")) {
      String whitelist = Json.text(sipTrunk, "ip_whitelist").orElse("");
      if (!whitelist.isEmpty()) {
        trunk.addAllAllowedIps(List.of(whitelist.split(";")));
      }
      ((ObjectNode) sipTrunk).remove("ip_whitelist");
      if (sipTrunk.isEmpty()) {
        sent.remove("sip_trunk");
      }
    }
    trunk.putAllAttributes(Json.remainingFields(sent, Set.of("new_name", "caller_id"), Set.of("password")));
    String password = Json.text(sentBody, "password").orElse(null);
    answer.extraFields().forEach((name, value) -> {
      boolean echoesPassword = password != null && containsText(value, password);
      if (!sent.has(name) && !name.equals("password") && !echoesPassword) {
        trunk.putAttributes(name, value);
      }
    });
    return trunk.build();
  }

  private static boolean containsText(JsonNode node, String text) {
    if (node.isTextual()) {
      return node.textValue().contains(text);
    }
    for (JsonNode child : node) {
      if (containsText(child, text)) {
        return true;
      }
    }
    return false;
  }

  static CallerId callerId(ChannelCallerId c) {
    return CallerId.builder().provider(ChannelProviderFactory.ID).number(c.callerId())
        .putAllAttributes(c.extraFields()).build();
  }

  static Proxy proxy(ChannelProxy p) {
    return Proxy.builder().provider(ChannelProviderFactory.ID).id(p.id()).name(p.name())
        .putAllAttributes(p.extraFields()).build();
  }

  static Template template(ChannelTemplate t) {
    return Template.builder().provider(ChannelProviderFactory.ID).id(t.id()).name(t.name())
        .putAllAttributes(t.extraFields()).build();
  }

  /** The barring's {@code code} is its id: that is what edit channel's {@code call_barrings} takes. */
  static CallBarring callBarring(ChannelCallBarring b) {
    return CallBarring.builder().provider(ChannelProviderFactory.ID).id(b.code()).name(b.name())
        .putAllAttributes(b.extraFields()).build();
  }

  /**
   * A JSON {@code null} in the attributes is sent as {@code null} (it clears the field, where the vendor allows it);
   * reading the attributes into typed fields alone would drop it.
   */
  private static ChannelEdit withExplicitNulls(ChannelEdit edit, ObjectNode attributes) {
    ImmutableChannelEdit result = ImmutableChannelEdit.copyOf(edit)
        .withExtraFields(plusNulls(edit.extraFields(), attributes));
    return result
        .withSipTrunk(edit.sipTrunk().map(s -> ImmutableChannelSipTrunk.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), attributes.get("sip_trunk")))))
        .withAudioStream(edit.audioStream().map(s -> ImmutableChannelAudioStream.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), attributes.get("audio_stream")))))
        .withClip(edit.clip().map(s -> ImmutableChannelClip.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), attributes.get("clip")))))
        .withDid(edit.did().map(s -> ImmutableChannelDid.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), attributes.get("did")))))
        .withFailover(edit.failover().map(s -> ImmutableChannelFailover.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), attributes.get("failover")))))
        .withMicrosoftTeamsConfiguration(edit.microsoftTeamsConfiguration().map(s ->
            ImmutableMicrosoftTeamsConfiguration.copyOf(s).withExtraFields(plusNulls(s.extraFields(),
                attributes.get("microsoft_teams_configuration")))));
  }

  private static Map<String, JsonNode> plusNulls(Map<String, JsonNode> extra, JsonNode object) {
    if (object == null || !object.isObject()) {
      return extra;
    }
    Map<String, JsonNode> all = new LinkedHashMap<>(extra);
    object.properties().forEach(field -> {
      if (field.getValue().isNull()) {
        all.putIfAbsent(field.getKey(), NullNode.getInstance());
      }
    });
    return all;
  }

  private static void refuse(String field) {
    throw new TrunkValidationException(field, UNSUPPORTED);
  }

  private static void refuseUnknown(ChannelEdit edit) {
    unknown("attributes.", edit.extraFields());
    edit.sipTrunk().ifPresent(s -> unknown("attributes.sip_trunk.", s.extraFields()));
    edit.audioStream().ifPresent(s -> unknown("attributes.audio_stream.", s.extraFields()));
    edit.clip().ifPresent(s -> unknown("attributes.clip.", s.extraFields()));
    edit.did().ifPresent(s -> unknown("attributes.did.", s.extraFields()));
    edit.failover().ifPresent(s -> unknown("attributes.failover.", s.extraFields()));
    edit.microsoftTeamsConfiguration().ifPresent(s -> unknown("attributes.microsoft_teams_configuration.",
        s.extraFields()));
  }

  private static void unknown(String prefix, Map<String, JsonNode> extra) {
    Iterator<String> names = extra.keySet().iterator();
    if (names.hasNext()) {
      throw new TrunkValidationException(prefix + names.next(), "is not a field of the channel API's edit channel"
          + " (use the vendor client's extraFields to send undocumented fields)");
    }
  }
}
