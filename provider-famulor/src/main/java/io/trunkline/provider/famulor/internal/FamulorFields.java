package io.trunkline.provider.famulor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.spi.BodyRule;
import io.trunkline.core.spi.Conversion;
import io.trunkline.core.spi.Conversions;
import io.trunkline.core.spi.FieldRule;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.Validate;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.core.spi.VendorField;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.provider.famulor.FamulorSipTrunk;
import io.trunkline.provider.famulor.FamulorSipTrunkCreate;
import io.trunkline.provider.famulor.FamulorSipTrunkUpdate;
import io.trunkline.provider.famulor.InboundAuthorizationType;
import io.trunkline.provider.famulor.SipCallingFormat;
import io.trunkline.provider.famulor.SipTrunkType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Not API: public only because the typed models of {@code io.trunkline.provider.famulor} name Famulor's fields
 * from here; its package is not exported.
 *
 * <p>Famulor's SIP-trunk fields, declared once: the one place each Famulor field is named. The typed models
 * ({@link FamulorSipTrunk}, {@link FamulorSipTrunkCreate}, {@link FamulorSipTrunkUpdate}) take their JSON names from
 * the constants here and {@link FamulorValidator} its rules; the kit reads every answer (list item, trunk) into the
 * same {@code SipTrunk} and builds and checks neutral create and update bodies from {@link #FIELDS}.
 */
public final class FamulorFields {
  static final String PROVIDER = FamulorClient.ID;

  public static final String ID = "id";
  public static final String SIP_TRUNK_TYPE = "sip_trunk_type";
  public static final String PHONE_NUMBER = "phone_number";
  public static final String NICKNAME = "nickname";
  public static final String SIP_USERNAME = "sip_username";
  public static final String SIP_PASSWORD = "sip_password";
  public static final String SIP_ADDRESS = "sip_address";
  public static final String SIP_CALLING_FORMAT = "sip_calling_format";
  public static final String INBOUND_AUTHORIZATION_TYPE = "inbound_authorization_type";
  public static final String ALLOWED_INBOUND_IPS = "allowed_inbound_ips";
  public static final String OUTBOUND_PROXY = "outbound_proxy";
  public static final String COUNTRY_CODE = "country_code";
  public static final String INBOUND_TRUNK_ID = "inbound_trunk_id";
  public static final String OUTBOUND_TRUNK_ID = "outbound_trunk_id";
  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";
  /** The envelope every answer puts the trunk, or the list of trunks, in. */
  static final String DATA = "data";

  /** The fields a create request may carry. */
  static final Set<String> CREATE = Set.of(SIP_TRUNK_TYPE, PHONE_NUMBER, NICKNAME, SIP_USERNAME, SIP_PASSWORD,
      SIP_ADDRESS, SIP_CALLING_FORMAT, INBOUND_AUTHORIZATION_TYPE, ALLOWED_INBOUND_IPS, COUNTRY_CODE, OUTBOUND_PROXY);

  /** The fields only Famulor sets. */
  static final Set<String> READ_ONLY = Set.of(ID, INBOUND_TRUNK_ID, OUTBOUND_TRUNK_ID, CREATED_AT, UPDATED_AT);

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  // The rules of Famulor's create and update pages, shared by the declaration and the typed client's validator.

  /** An extension: 1 to 15 characters, no spaces or control characters. */
  static final FieldRule EXTENSION = value -> {
    String text = value.asText();
    String length = FieldRule.length(1, 15).check(value);
    if (length != null) {
      return length;
    }
    return text.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))
        ? "must not contain spaces or control characters" : null;
  };
  /** A number or extension whose type is not known: E.164 when it starts with {@code +}, else an extension. */
  static final FieldRule NUMBER_OR_EXTENSION = value -> value.asText().startsWith("+")
      ? FieldRule.e164().check(value) : EXTENSION.check(value);
  static final FieldRule NICKNAME_RULE = value -> value.asText().codePointCount(0, value.asText().length()) > 50
      ? "must be at most 50 characters long" : null;
  static final FieldRule USERNAME_RULE = FieldRule.length(3, 128);
  static final FieldRule PASSWORD_RULE = value -> value.asText().codePointCount(0, value.asText().length()) < 3
      ? "must be at least 3 characters long" : null;
  static final FieldRule ADDRESS_RULE = FieldRule.host();
  static final FieldRule TRUNK_TYPE_RULE = FieldRule.oneOf(SipTrunkType.EXTENSION.value(), SipTrunkType.NUMBER.value());
  static final FieldRule CALLING_FORMAT_RULE = FieldRule.oneOf(SipCallingFormat.PLUS_E164.value(),
      SipCallingFormat.E164.value(), SipCallingFormat.NATIONAL.value());
  static final FieldRule AUTH_TYPE_RULE = FieldRule.oneOf(InboundAuthorizationType.AUTH.value(),
      InboundAuthorizationType.IP.value());
  /** One address of the inbound allow-list: IPv4 or IPv6, no CIDR blocks. */
  static final FieldRule IP_RULE = value -> {
    try {
      Validate.ipAddress("", value.asText());
      return null;
    } catch (TrunkValidationException e) {
      return "must be an IPv4 or IPv6 address (no CIDR blocks)";
    }
  };
  static final FieldRule COUNTRY_RULE = value -> COUNTRY.matcher(value.asText()).matches() ? null
      : "must be an ISO 3166 alpha-2 code in capitals, such as DE";

  // What an update of a field does at Famulor (its update page). The neutral update sends a field only when its
  // value differs from the trunk's current one (changedOnly), so repeating a current value re-creates nothing.
  private static final String RECREATES_BOTH = "changing it makes Famulor re-create both its inbound and outbound"
      + " voice trunks (calls drop); an update repeating the current value does not send it";
  private static final String RECREATES_OUTBOUND = "changing it makes Famulor re-create its outbound voice trunk"
      + " (calls drop); an update repeating the current value does not send it";
  private static final String RECREATES_INBOUND = "changing it makes Famulor re-create its inbound voice trunk"
      + " (calls drop); an update repeating the current value does not send it";
  private static final String STORED = "only stored, changing it re-creates nothing";

  private static final String NUMBERS_LABEL = label(NeutralField.NUMBERS, PHONE_NUMBER);
  private static final String IPS_LABEL = label(NeutralField.ALLOWED_IPS, ALLOWED_INBOUND_IPS);

  static final TrunkFields FIELDS = TrunkFields.builder(PROVIDER).id(ID, positiveId())
      .field(VendorField.text(PHONE_NUMBER).neutral(NeutralField.NUMBERS, Conversions.single()).requiredOnCreate()
          .check(NUMBER_OR_EXTENSION)
          .describe("exactly one: an E.164 number (+14155551234) for a number trunk, or an extension of 1 to 15"
              + " characters (1000) for an extension trunk; " + RECREATES_BOTH))
      .field(VendorField.text(SIP_TRUNK_TYPE).createOnly().requiredOnCreate().check(TRUNK_TYPE_RULE)
          .defaultOnCreate(FamulorFields::trunkType)
          .describe("extension or number, fixed once created; default: number when the number is E.164, else"
              + " extension"))
      .field(VendorField.text(NICKNAME).neutral(NeutralField.NAME, nickname()).clearable().check(NICKNAME_RULE)
          .describe("a label of at most 50 characters; an empty name on update clears it, as does \"nickname\": null in"
              + " attributes; " + STORED))
      .field(VendorField.text(SIP_USERNAME).neutral(NeutralField.USERNAME).requiredOnCreate().check(USERNAME_RULE)
          .describe("the SIP user name, 3 to 128 characters; " + RECREATES_BOTH))
      .field(VendorField.text(SIP_PASSWORD).neutral(NeutralField.PASSWORD).requiredOnCreate().check(PASSWORD_RULE)
          .describe("the SIP password, at least 3 characters; never returned, so an update that sets it always"
              + " sends it, and Famulor then re-creates both voice trunks (calls drop)"))
      .field(VendorField.text(SIP_ADDRESS).neutral(NeutralField.HOST).requiredOnCreate().check(ADDRESS_RULE)
          .describe("the SIP server's host name or IP address, without port, scheme or path; "
              + RECREATES_OUTBOUND))
      .field(VendorField.text(INBOUND_AUTHORIZATION_TYPE).neutral(NeutralField.AUTH_MODE, authorization())
          .requiredOnCreate().defaultOnCreate(FamulorFields::authorizationType)
          .describe("CREDENTIALS (auth: the SIP user name and password) or IP (ip: the allowed IPs); default: IP"
              + " when allowedIps is given, else CREDENTIALS; " + RECREATES_INBOUND))
      .field(VendorField.list(ALLOWED_INBOUND_IPS).neutral(NeutralField.ALLOWED_IPS).check(ipList())
          .describe("IPv4 or IPv6 addresses (no CIDR blocks) allowed to send inbound calls; required with authMode"
              + " IP, refused with CREDENTIALS; switching to CREDENTIALS drops them; the same addresses in another"
              + " order are no change; " + RECREATES_INBOUND))
      .field(VendorField.text(COUNTRY_CODE).neutral(NeutralField.COUNTRY_CODE).requiredOnCreate().check(COUNTRY_RULE)
          .describe("the ISO 3166 alpha-2 country of the trunk in capitals, such as DE; " + STORED))
      .field(VendorField.text(SIP_CALLING_FORMAT).requiredOnCreate().check(CALLING_FORMAT_RULE)
          .describe("how numbers are written on outbound calls: +e164 (+12025550123), e164 (12025550123) or"
              + " national (0741926265); " + STORED))
      .field(VendorField.bool(OUTBOUND_PROXY)
          .describe("true or false: outbound calls leave through Famulor's fixed proxy IP; default false; "
              + RECREATES_OUTBOUND))
      .field(VendorField.text(INBOUND_TRUNK_ID).readOnly()
          .describe("Famulor's inbound voice trunk (ST_…), only in get, create and update answers; set by Famulor"))
      .field(VendorField.text(OUTBOUND_TRUNK_ID).readOnly()
          .describe("Famulor's outbound voice trunk (ST_…), only in get, create and update answers; set by Famulor"))
      .field(VendorField.text(CREATED_AT).neutral(NeutralField.CREATED_AT).describe("set by Famulor"))
      .field(VendorField.text(UPDATED_AT).neutral(NeutralField.UPDATED_AT).describe("set by Famulor"))
      .rule(FamulorFields::numberFitsTheType)
      .rule(FamulorFields::allowListFitsTheAuthorization)
      .build();

  private FamulorFields() {}

  /**
   * The fields of an update {@code body} whose value differs from {@code current} (the trunk as Famulor sends
   * it), so that repeating a current value sends nothing: a field missing, {@code null} or {@code []} on both sides
   * is no change, and lists are compared as sets. Secrets are never returned, so they are always kept.
   */
  static VendorBody changedOnly(VendorBody body, JsonNode current) {
    VendorBody changed = VendorBody.empty();
    for (String name : body.names()) {
      Optional<Secret> secret = body.secret(name);
      if (secret.isPresent()) {
        changed.put(name, secret.get());
      } else if (!same(body.get(name).orElseThrow(), current.get(name))) {
        changed.put(name, body.get(name).orElseThrow());
      }
    }
    return changed;
  }

  private static boolean same(JsonNode wanted, JsonNode now) {
    if (empty(wanted) || empty(now)) {
      return empty(wanted) && empty(now);
    }
    if (wanted.isArray() && now.isArray()) {
      Set<JsonNode> a = new HashSet<>();
      Set<JsonNode> b = new HashSet<>();
      wanted.forEach(a::add);
      now.forEach(b::add);
      return a.equals(b) && wanted.size() == now.size();
    }
    return wanted.equals(now);
  }

  private static boolean empty(JsonNode value) {
    return value == null || value.isNull() || value.isArray() && value.isEmpty();
  }

  /** How a caller names a mapped field in messages: {@code numbers (phone_number)}. */
  private static String label(NeutralField neutral, String field) {
    return neutral.property() + " (" + field + ")";
  }

  private static Optional<JsonNode> trunkType(TrunkSpec spec) {
    boolean number = spec.numbers().size() == 1 && Validate.isE164(spec.numbers().get(0));
    return Optional.of(TextNode.valueOf(number ? SipTrunkType.NUMBER.value() : SipTrunkType.EXTENSION.value()));
  }

  private static Optional<JsonNode> authorizationType(TrunkSpec spec) {
    return Optional.of(TextNode.valueOf(spec.allowedIps().isEmpty() ? InboundAuthorizationType.AUTH.value()
        : InboundAuthorizationType.IP.value()));
  }

  /** On create the number's format follows the trunk type: E.164 for a number, 1 to 15 characters otherwise. */
  private static BodyRule.Refusal numberFitsTheType(VendorBody body, boolean create) {
    Optional<JsonNode> type = body.get(SIP_TRUNK_TYPE);
    Optional<JsonNode> number = body.get(PHONE_NUMBER).filter(JsonNode::isTextual);
    if (!create || type.isEmpty() || number.isEmpty()) {
      return null;
    }
    boolean isNumber = SipTrunkType.NUMBER.value().equals(type.get().asText());
    String broken = (isNumber ? FieldRule.e164() : EXTENSION).check(number.get());
    return broken == null ? null : new BodyRule.Refusal(NUMBERS_LABEL, broken + " (attributes." + SIP_TRUNK_TYPE
        + " is " + type.get().asText() + ")");
  }

  /**
   * The allow-list goes with IP authorization: required and not empty with {@code ip}, refused with {@code auth}
   * (on update, switching to {@code auth} drops it, so only an empty list may come with it), and an update that
   * does not switch may not empty it.
   */
  private static BodyRule.Refusal allowListFitsTheAuthorization(VendorBody body, boolean create) {
    String type = body.get(INBOUND_AUTHORIZATION_TYPE).map(JsonNode::asText).orElse(null);
    Optional<JsonNode> ips = body.get(ALLOWED_INBOUND_IPS).filter(JsonNode::isArray);
    boolean empty = ips.map(JsonNode::isEmpty).orElse(true);
    if (InboundAuthorizationType.IP.value().equals(type) && empty) {
      return new BodyRule.Refusal(IPS_LABEL, "must hold at least one IP address with authMode IP ("
          + INBOUND_AUTHORIZATION_TYPE + " ip)");
    }
    if (InboundAuthorizationType.AUTH.value().equals(type) && !empty) {
      return new BodyRule.Refusal(IPS_LABEL, "is only allowed with authMode IP (" + INBOUND_AUTHORIZATION_TYPE
          + " ip); CREDENTIALS drops the allow-list");
    }
    if (!create && type == null && ips.isPresent() && empty) {
      return new BodyRule.Refusal(IPS_LABEL, "must not be empty; to drop the allow-list, switch authMode to"
          + " CREDENTIALS");
    }
    return null;
  }

  private static FieldRule positiveId() {
    return value -> {
      String broken = FieldRule.digits().check(value);
      return broken != null ? broken
          : value.asText().chars().allMatch(c -> c == '0') ? "must be a positive Famulor trunk id" : null;
    };
  }

  private static FieldRule ipList() {
    return value -> {
      for (int i = 0; i < value.size(); i++) {
        String broken = IP_RULE.check(value.get(i));
        if (broken != null) {
          return "entry " + (i + 1) + " " + broken;
        }
      }
      return null;
    };
  }

  /** The name as text; an empty name is written as JSON {@code null}, which clears the label. */
  private static Conversion<String> nickname() {
    Conversion<String> text = Conversions.text();
    return new Conversion<>() {
      @Override
      public String read(JsonNode value) {
        return text.read(value);
      }

      @Override
      public JsonNode write(String value) {
        return value.isEmpty() ? NullNode.getInstance() : text.write(value);
      }
    };
  }

  /** {@code auth} and {@code ip}; another type reads as OTHER (its value stays in attributes) and is never written. */
  private static Conversion<AuthMode> authorization() {
    return Conversions.codesOr(AuthMode.OTHER, InboundAuthorizationType.AUTH.value(), AuthMode.CREDENTIALS,
        InboundAuthorizationType.IP.value(), AuthMode.IP);
  }
}
