package io.trunkline.provider.channel.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.spi.BodyRule;
import io.trunkline.core.spi.Conversions;
import io.trunkline.core.spi.FieldRule;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.core.spi.VendorField;
import io.trunkline.provider.channel.ChannelAudioStream;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.ChannelClip;
import io.trunkline.provider.channel.ChannelDid;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.provider.channel.ChannelFailover;
import io.trunkline.provider.channel.ChannelSipTrunk;
import io.trunkline.provider.channel.ImmutableChannelAudioStream;
import io.trunkline.provider.channel.ImmutableChannelClip;
import io.trunkline.provider.channel.ImmutableChannelDid;
import io.trunkline.provider.channel.ImmutableChannelEdit;
import io.trunkline.provider.channel.ImmutableChannelFailover;
import io.trunkline.provider.channel.ImmutableChannelSipTrunk;
import io.trunkline.provider.channel.ImmutableMicrosoftTeamsConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The channel's fields, declared once: the body of edit channel, the one write the API has for a channel. A channel
 * is the trunk and its name is the trunk id. The other classes of the module name these fields only through the
 * constants here.
 *
 * <p>The neutral fields: {@code name} renames the channel, {@code password}, {@code callerId}, and {@code allowedIps}
 * (the IP whitelist of the {@link #SIP_TRUNK} section, joined with {@code ;}). Host, port, transport, auth mode,
 * username, channel limit, country code and numbers are refused: edit channel has no place for them (numbers are
 * connected one by one). The other sections go in {@code attributes} under their vendor names and are checked
 * against the typed model ({@link ChannelEdit} and its sections) before anything is sent.
 *
 * <p>Not API: public only because the vendor model's Jackson annotations name its fields by these constants; its
 * package is not exported.
 */
public final class ChannelFields {
  /** The channel's name: the trunk id, the path of edit channel, and the field its answer carries. */
  public static final String CHANNEL_NAME = "channel_name";
  public static final String NEW_NAME = "new_name";
  public static final String PASSWORD = "password";
  public static final String CALLER_ID = "caller_id";
  public static final String BLOCK_CALLER_ID = "block_caller_id";
  public static final String AREA_CODE = "area_code";
  public static final String CALL_BARRINGS = "call_barrings";
  public static final String FULL_E164 = "full_e164";
  public static final String SIP_TRUNK = "sip_trunk";
  public static final String AUDIO_STREAM = "audio_stream";
  public static final String CLIP = "clip";
  public static final String DID = "did";
  public static final String FAILOVER = "failover";
  public static final String MICROSOFT_TEAMS_CONFIGURATION = "microsoft_teams_configuration";
  /** The IP whitelist's name inside the {@link #SIP_TRUNK} section. */
  public static final String IP_WHITELIST = "ip_whitelist";
  /** The template's id inside the {@link #SIP_TRUNK} section as the document's example names it. */
  public static final String TEMPLATE_ID = "channel_template_id";
  /** The template's id as the document's table names it. */
  public static final String TABLE_TEMPLATE_ID = "template_id";
  /** The proxy's id inside the {@link #SIP_TRUNK} section as the document's example names it. */
  public static final String PROXY_ID = "channel_proxy_id";
  /** The proxy's id as the document's table names it. */
  public static final String TABLE_PROXY_ID = "proxy_id";

  // KIT-GAP: core should offer nested vendor fields (a VendorField at a path inside a section object); until then
  // the whitelist is declared under its dotted path and moved into (and out of) its section here.
  /** The whitelist as the declaration names it: its path. */
  static final String WHITELIST_PATH = SIP_TRUNK + "." + IP_WHITELIST;

  private static final FieldRule CHANNEL_NAME_RULE = FieldRule.throwing(name -> ChannelValidator.channelName("",
      name));
  private static final String ANY_TEXT = "any text but blank, '.' or '..' (it becomes one path segment)";
  private static final String FLAGS = "an object of the section's own fields (the typed %s), only those set"
      + " are sent; a JSON null clears one";

  static final TrunkFields FIELDS = TrunkFields.builder(ChannelClient.ID).id(CHANNEL_NAME, CHANNEL_NAME_RULE)
      .field(VendorField.text(NEW_NAME).neutral(NeutralField.NAME).check(CHANNEL_NAME_RULE)
          .describe("renames the channel; the new name is the trunk id afterwards: " + ANY_TEXT))
      .field(VendorField.text(PASSWORD).neutral(NeutralField.PASSWORD)
          .describe("the channel's SIP password; sent in clear on the wire only, never returned"))
      .field(VendorField.text(CALLER_ID).neutral(NeutralField.CALLER_ID).check(FieldRule.e164())
          .describe("E.164 with its + (+31207001100), one of the account's caller IDs (callerIds())"))
      .field(VendorField.text(WHITELIST_PATH).neutral(NeutralField.ALLOWED_IPS, Conversions.joined(";"))
          .check(ChannelFields::whitelist)
          .describe("IPv4/IPv6 addresses or CIDR blocks, sent joined with ';'; an empty list clears the whitelist"))
      .field(VendorField.bool(BLOCK_CALLER_ID).clearable().describe("true hides the caller's number"))
      .field(VendorField.text(AREA_CODE).clearable().check(FieldRule.throwing(code -> ChannelValidator.areaCode("",
          code))).describe("1 to 10 digits with the national prefix, such as \"036\""))
      .field(VendorField.list(CALL_BARRINGS).clearable()
          .describe("codes from callBarrings() (their ids), such as [\"DEVPN\"]; [] removes every barring"))
      .field(VendorField.any(FULL_E164).clearable().check(ChannelFields::fullE164)
          .describe("a JSON boolean (as the document's example sends it) or a string (as its table types it), sent as"
              + " given"))
      .field(VendorField.object(SIP_TRUNK).clearable().describe(String.format(FLAGS, "ChannelSipTrunk")
          + "; ping 1, 2 or 3; template and proxy ids are UUIDs from templates() and proxies(); the whitelist"
          + " is allowedIps"))
      .field(VendorField.object(AUDIO_STREAM).clearable().describe(String.format(FLAGS, "ChannelAudioStream")
          + "; RTP timeouts are seconds written as digits (\"1800\")"))
      .field(VendorField.object(CLIP).clearable().describe(String.format(FLAGS, "ChannelClip")
          + "; method 0, 1, 2, 3 or 5"))
      .field(VendorField.object(DID).clearable().describe(String.format(FLAGS, "ChannelDid")))
      .field(VendorField.object(FAILOVER).clearable().describe(String.format(FLAGS, "ChannelFailover")))
      .field(VendorField.object(MICROSOFT_TEAMS_CONFIGURATION).clearable()
          .describe(String.format(FLAGS, "MicrosoftTeamsConfiguration") + "; its tenant id (a UUID) is required"))
      .rule(ChannelFields::typed)
      .build();

  private ChannelFields() {}

  /**
   * The typed edit a checked body stands for: the whitelist moved into its section, the password kept a
   * {@link Secret}, a JSON {@code null} kept (it clears the field). {@link TrunkValidationException} naming the
   * attribute when the body does not fit edit channel.
   */
  static ChannelEdit edit(VendorBody body) {
    ObjectNode tree = Json.object();
    for (String name : body.names()) {
      if (!name.equals(PASSWORD) && !name.equals(WHITELIST_PATH)) {
        tree.set(name, body.get(name).<JsonNode>map(JsonNode::deepCopy).orElse(NullNode.getInstance()));
      }
    }
    oneSpelling(tree.get(SIP_TRUNK), TABLE_TEMPLATE_ID, TEMPLATE_ID);
    oneSpelling(tree.get(SIP_TRUNK), TABLE_PROXY_ID, PROXY_ID);
    JsonNode fullE164Text = tree.get(FULL_E164) != null && tree.get(FULL_E164).isTextual() ? tree.remove(FULL_E164)
        : null;
    body.get(WHITELIST_PATH).ifPresent(whitelist -> {
      JsonNode section = tree.get(SIP_TRUNK);
      if (section instanceof ObjectNode && section.has(IP_WHITELIST)) {
        throw new TrunkValidationException("attributes." + WHITELIST_PATH,
            "is set twice; set it through the neutral field 'allowedIps' only");
      }
      (section instanceof ObjectNode ? (ObjectNode) section : tree.putObject(SIP_TRUNK)).set(IP_WHITELIST, whitelist);
    });
    ChannelEdit typed;
    try {
      typed = Json.mapper().treeToValue(tree, ChannelEdit.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new TrunkValidationException(path(e), "does not fit the channel API's edit channel: "
          + (e instanceof JsonProcessingException ? ((JsonProcessingException) e).getOriginalMessage()
          : e.getMessage()));
    }
    refuseUnknown(typed);
    ImmutableChannelEdit.Builder edit = ChannelEdit.builder().from(withExplicitNulls(typed, tree));
    body.secret(PASSWORD).ifPresent(edit::password);
    if (fullE164Text != null) {
      edit.fullE164Text(fullE164Text.textValue());
    }
    ChannelEdit result = edit.build();
    try {
      return ChannelValidator.edit(result);
    } catch (TrunkValidationException e) {
      throw new TrunkValidationException("attributes." + e.field(), e.rule());
    }
  }

  /** The body's fields fit the typed edit: its sections' fields, types and rules (the kit's body rule). */
  private static BodyRule.Refusal typed(VendorBody body, boolean create) {
    try {
      edit(body);
      return null;
    } catch (TrunkValidationException e) {
      return new BodyRule.Refusal(e.field(), e.rule());
    }
  }

  /**
   * The document names the template and proxy ids two ways (table and example); the typed section reads either, so
   * both at once would silently lose one: refused, naming both.
   */
  private static void oneSpelling(JsonNode section, String table, String example) {
    if (section != null && section.has(table) && section.has(example)) {
      throw new TrunkValidationException("attributes." + SIP_TRUNK + "." + table, "and attributes." + SIP_TRUNK + "."
          + example + " are both set; they are one field under the document's two spellings (table and example):"
          + " set only one");
    }
  }

  /** A JSON boolean, or a string that is not blank. */
  private static String fullE164(JsonNode value) {
    if (value.isBoolean() || value.isTextual() && !value.textValue().isBlank()) {
      return null;
    }
    return "must be true or false, or a string that is not blank";
  }

  /** Each {@code ;}-separated entry of the joined whitelist is an address or CIDR block. */
  private static String whitelist(JsonNode value) {
    String[] entries = value.asText().isEmpty() ? new String[0] : value.asText().split(";", -1);
    for (int i = 0; i < entries.length; i++) {
      String broken = FieldRule.ipsOrCidrs().check(TextNode.valueOf(entries[i]));
      if (broken != null) {
        return "entry " + (i + 1) + " " + broken;
      }
    }
    return null;
  }

  /** The attribute a Jackson error is about, as the caller wrote it ({@code attributes.sip_trunk.ping}). */
  private static String path(Exception e) {
    StringJoiner path = new StringJoiner(".", "attributes.", "").setEmptyValue("attributes");
    if (e instanceof JsonMappingException) {
      for (JsonMappingException.Reference step : ((JsonMappingException) e).getPath()) {
        if (step.getFieldName() != null) {
          path.add(step.getFieldName());
        }
      }
    }
    return path.toString();
  }

  private static void refuseUnknown(ChannelEdit edit) {
    unknown("", edit.extraFields());
    edit.sipTrunk().ifPresent(s -> unknown(SIP_TRUNK, s.extraFields()));
    edit.audioStream().ifPresent(s -> unknown(AUDIO_STREAM, s.extraFields()));
    edit.clip().ifPresent(s -> unknown(CLIP, s.extraFields()));
    edit.did().ifPresent(s -> unknown(DID, s.extraFields()));
    edit.failover().ifPresent(s -> unknown(FAILOVER, s.extraFields()));
    edit.microsoftTeamsConfiguration().ifPresent(s -> unknown(MICROSOFT_TEAMS_CONFIGURATION, s.extraFields()));
  }

  private static void unknown(String section, Map<String, JsonNode> extra) {
    if (!extra.isEmpty()) {
      throw new TrunkValidationException("attributes." + (section.isEmpty() ? "" : section + ".")
          + extra.keySet().iterator().next(), "is not a field of the channel API's edit channel (use the vendor"
          + " client's extraFields to send undocumented fields)");
    }
  }

  /**
   * A JSON {@code null} in a section is sent as {@code null} (it clears the field where the vendor allows it);
   * reading the section into its typed fields alone would drop it.
   */
  private static ChannelEdit withExplicitNulls(ChannelEdit edit, ObjectNode tree) {
    return ImmutableChannelEdit.copyOf(edit).withExtraFields(plusNulls(edit.extraFields(), tree))
        .withSipTrunk(edit.sipTrunk().map(s -> ImmutableChannelSipTrunk.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), tree.get(SIP_TRUNK)))))
        .withAudioStream(edit.audioStream().map(s -> ImmutableChannelAudioStream.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), tree.get(AUDIO_STREAM)))))
        .withClip(edit.clip().map(s -> ImmutableChannelClip.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), tree.get(CLIP)))))
        .withDid(edit.did().map(s -> ImmutableChannelDid.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), tree.get(DID)))))
        .withFailover(edit.failover().map(s -> ImmutableChannelFailover.copyOf(s)
            .withExtraFields(plusNulls(s.extraFields(), tree.get(FAILOVER)))))
        .withMicrosoftTeamsConfiguration(edit.microsoftTeamsConfiguration().map(s ->
            ImmutableMicrosoftTeamsConfiguration.copyOf(s).withExtraFields(plusNulls(s.extraFields(),
                tree.get(MICROSOFT_TEAMS_CONFIGURATION)))));
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
}
