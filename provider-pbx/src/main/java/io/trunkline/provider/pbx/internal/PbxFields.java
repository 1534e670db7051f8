package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.spi.Conversion;
import io.trunkline.core.spi.Conversions;
import io.trunkline.core.spi.FieldRule;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.Validate;
import io.trunkline.core.spi.VendorField;
import io.trunkline.provider.pbx.PbxAssignee;
import io.trunkline.provider.pbx.PbxAssignment;
import io.trunkline.provider.pbx.PbxAuthMode;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxInboundParameters;
import io.trunkline.provider.pbx.PbxOutboundParameters;
import io.trunkline.provider.pbx.PbxTrunk;
import io.trunkline.provider.pbx.PbxTrunkSettings;
import io.trunkline.provider.pbx.PbxTrunkSpec;
import io.trunkline.provider.pbx.PbxTrunkUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The PBX trunk ("provider") fields, declared once: the one place each PBX trunk field is named. The typed models
 * ({@link PbxTrunkSettings}, {@link PbxTrunk}, {@link PbxTrunkSpec}, {@link PbxTrunkUpdate}, {@link PbxAssignee},
 * {@link PbxAssignment}) take their JSON names from the constants here, and {@link PbxValidator} the rules; the kit
 * reads every answer (list item, detail) into the same {@code SipTrunk} and builds and checks the neutral create
 * and update bodies from {@link #FIELDS}. Not API: public only because the models' JSON annotations name their
 * fields by the constants here; its package is not exported.
 */
public final class PbxFields {
  static final String PROVIDER = PbxClient.ID;

  public static final String ID = "id";
  public static final String NAME = "name";
  public static final String ENABLED = "enabled";
  public static final String BRAND = "brand";
  public static final String AUTH_MODE = "auth_mode";
  public static final String TRANSPORT = "transport";
  public static final String HOSTNAME = "hostname";
  public static final String PORT = "port";
  public static final String AUTH_ID = "auth_id";
  public static final String USERNAME = "username";
  public static final String PASSWORD = "password";
  public static final String REGISTRATION = "registration";
  public static final String REGISTER_INTERVAL = "register_interval";
  public static final String OUTBOUND_SERVER = "outbound_server";
  public static final String OUTBOUND_SERVER_PORT = "outbound_server_port";
  public static final String INLAN = "inlan";
  public static final String SINGLE_VIA_HEADER = "single_via_header";
  public static final String REWRITE_VIA_IP = "rewrite_via_ip";
  public static final String VERIFY_PORT = "verify_port";
  public static final String KEEP_ALIVE = "keep_alive";
  public static final String KEEP_ALIVE_INTERVAL = "keep_alive_interval";
  public static final String CONCURRENCY = "concurrency";
  public static final String ADDITIONAL_IPS = "additional_ips";
  public static final String ADJUST_SDP_DIRECTION = "adjust_sdp_direction";
  public static final String REMOVE_SRTP_INFO = "remove_srtp_info";
  public static final String STIR_SHAKEN_SIGNATURE_REQUIRED = "stir_shaken_signature_required";
  public static final String DID_NUMBERS = "did_numbers";
  public static final String INBOUND_PARAMETERS = "inbound_parameters";
  public static final String OUTBOUND_PARAMETERS = "outbound_parameters";
  public static final String SHARED = "shared";
  /** The listing's envelope: the total and the page's trunks. */
  static final String COUNT = "count";
  static final String ITEMS = "items";

  /** The port a create sends for the outbound server when neither it nor the trunk's port is given. */
  static final int SIP_PORT = 5060;

  /** Fields only the PBX writes. */
  static final Set<String> READ_ONLY = Set.of(ID, SHARED);
  /** Fields fixed when the trunk is created. */
  static final Set<String> CREATE_ONLY = Set.of(BRAND, AUTH_MODE);
  /** Every writable field a typed model holds; an {@code extra} entry must not repeat one (except as a JSON null). */
  static final Set<String> TYPED = Set.of(NAME, ENABLED, BRAND, AUTH_MODE, TRANSPORT, HOSTNAME, PORT, AUTH_ID,
      USERNAME, PASSWORD, REGISTRATION, REGISTER_INTERVAL, OUTBOUND_SERVER, OUTBOUND_SERVER_PORT, INLAN,
      SINGLE_VIA_HEADER, REWRITE_VIA_IP, VERIFY_PORT, KEEP_ALIVE, KEEP_ALIVE_INTERVAL, CONCURRENCY, ADDITIONAL_IPS,
      ADJUST_SDP_DIRECTION, REMOVE_SRTP_INFO, STIR_SHAKEN_SIGNATURE_REQUIRED, DID_NUMBERS, INBOUND_PARAMETERS,
      OUTBOUND_PARAMETERS);

  // The PBX's rules, shared by the declaration and the typed client's validator.

  static final FieldRule NAME_RULE = PbxRule.NAME;
  static final FieldRule BRAND_RULE = FieldRule.length(1, 64);
  static final FieldRule AT_MOST_64 = FieldRule.length(0, 64);
  static final FieldRule PORT_RULE = FieldRule.port();
  static final FieldRule NOT_NEGATIVE = FieldRule.range(0, Integer.MAX_VALUE);
  static final FieldRule HOST_RULE = FieldRule.host();
  static final FieldRule PASSWORD_RULE = PbxRule.PASSWORD;
  /** {@code ;}-separated CIDR blocks, no spaces or empty entries; an empty text clears the list. */
  static final FieldRule CIDR_LIST = PbxRule.CIDR_LIST;
  /** {@code ;}-separated numbers or ranges ({@code 3000;12000-18000}); an empty text clears the list. */
  static final FieldRule NUMBER_LIST = PbxRule.NUMBER_LIST;

  /** The fields the PBX requires on create, in the order it documents them. */
  static final List<String> REQUIRED_ON_CREATE = List.of(NAME, TRANSPORT, HOSTNAME, PORT, OUTBOUND_SERVER,
      OUTBOUND_SERVER_PORT, CONCURRENCY);

  /** Each field's rules, for the typed client (the declaration carries them too). */
  private static final Map<String, FieldRule> RULES = new LinkedHashMap<>();

  /**
   * Words the PBX uses as fixed path segments where a trunk id goes ({@code GET /api/providers/export}): an id
   * spelled so would reach that endpoint, not a trunk, so it is refused before sending (in any letter case).
   */
  static final Set<String> RESERVED_IDS = Set.of("export");
  static final FieldRule ID_RULE = PbxRule.ID;

  static final TrunkFields FIELDS = TrunkFields.builder(PROVIDER).id(ID, ID_RULE)
      .field(checked(VendorField.text(NAME).neutral(NeutralField.NAME).requiredOnCreate(), NAME_RULE)
          .describe("the trunk's name, 1 to 64 characters"))
      .field(VendorField.bool(ENABLED).alsoReadAs(NeutralField.STATE, state())
          .describe("true or false: whether the trunk is enabled (read as state ACTIVE or INACTIVE); default true"))
      .field(checked(VendorField.text(BRAND).createOnly().clearable(), BRAND_RULE)
          .describe("the carrier's brand, 1 to 64 characters; set on create only"))
      .field(VendorField.text(AUTH_MODE).neutral(NeutralField.AUTH_MODE, authMode()).createOnly()
          .describe("IP (IP_AUTH) or CREDENTIALS (REGISTER_AUTH); the PBX's ACCEPT_REGISTER also reads as"
              + " CREDENTIALS, TEAMS and WHATS_APP as OTHER (kept in attributes); set on create only"))
      .field(VendorField.text(TRANSPORT).neutral(NeutralField.TRANSPORT).requiredOnCreate()
          .describe("UDP, TCP or TLS; the PBX has no default"))
      .field(checked(VendorField.text(HOSTNAME).neutral(NeutralField.HOST).requiredOnCreate(), HOST_RULE)
          .describe("the trunk's host name or IP address, without a port"))
      .field(checked(VendorField.integer(PORT).neutral(NeutralField.PORT).requiredOnCreate(), PORT_RULE)
          .describe("the trunk's port, 0 to 65535; the PBX has no default"))
      .field(checked(VendorField.text(AUTH_ID).clearable(), AT_MOST_64)
          .describe("the authentication ID (the SIP user name), at most 64 characters"))
      .field(checked(VendorField.text(USERNAME).neutral(NeutralField.USERNAME), AT_MOST_64)
          .describe("the authentication user name, at most 64 characters"))
      .field(checked(VendorField.text(PASSWORD).neutral(NeutralField.PASSWORD), PASSWORD_RULE)
          .describe("the authentication password, not blank; never returned"))
      .field(flag(REGISTRATION, "the PBX registers to the trunk; default true"))
      .field(checked(VendorField.integer(REGISTER_INTERVAL).clearable(), NOT_NEGATIVE)
          .describe("seconds between registration refreshes, at least 0; default 600"))
      .field(checked(VendorField.text(OUTBOUND_SERVER).requiredOnCreate(), HOST_RULE)
          .defaultOnCreate(CreateDefault.HOST)
          .describe("the outbound server's host name or IP address, without a port; default on create: host"))
      .field(checked(VendorField.integer(OUTBOUND_SERVER_PORT).requiredOnCreate(), PORT_RULE)
          .defaultOnCreate(CreateDefault.PORT)
          .describe("the outbound server's port, 0 to 65535; default on create: port, else 5060"))
      .field(flag(INLAN, "the trunk is on the LAN; default false"))
      .field(flag(SINGLE_VIA_HEADER, "the trunk accepts a single Via header only; default true"))
      .field(flag(REWRITE_VIA_IP, "the Via host is rewritten with the public IP towards the trunk; default true"))
      .field(flag(VERIFY_PORT, "the port of SIP messages from the trunk is verified; default true"))
      .field(flag(KEEP_ALIVE, "OPTIONS are sent as keep-alive; default true"))
      .field(checked(VendorField.integer(KEEP_ALIVE_INTERVAL).clearable(), NOT_NEGATIVE)
          .describe("seconds between keep-alive messages, at least 0; default 360"))
      .field(checked(VendorField.integer(CONCURRENCY).neutral(NeutralField.MAX_CHANNELS).requiredOnCreate(),
          NOT_NEGATIVE).describe("the most concurrent calls, at least 0; the PBX has no default"))
      .field(checked(VendorField.text(ADDITIONAL_IPS).neutral(NeutralField.ALLOWED_IPS,
          new Joined(true)), CIDR_LIST)
          .describe("more addresses of the trunk: IP addresses (sent as /32 or /128) or CIDR blocks; an empty list"
              + " clears them"))
      .field(flag(ADJUST_SDP_DIRECTION, "the SDP direction is adjusted for call hold; default true"))
      .field(flag(REMOVE_SRTP_INFO, "the crypto line is removed from the SDP; default true"))
      .field(flag(STIR_SHAKEN_SIGNATURE_REQUIRED, "outbound calls are signed with STIR/SHAKEN; default false"))
      .field(checked(VendorField.text(DID_NUMBERS).neutral(NeutralField.NUMBERS,
          new Joined(false)), NUMBER_LIST)
          .describe("DID numbers and ranges (3000, 12000-18000), digits with an optional leading '+'; must not"
              + " overlap other tenants' numbers; an empty list clears them"))
      .field(checked(VendorField.object(INBOUND_PARAMETERS).clearable(), Fits.INBOUND)
          .describe("how inbound calls are read: caller and called number sources, privacy, STIR/SHAKEN"
              + " validation (PbxInboundParameters)"))
      .field(checked(VendorField.object(OUTBOUND_PARAMETERS).clearable(), Fits.OUTBOUND)
          .describe("how the SIP headers of outbound calls are written, one rule per header part"
              + " (PbxOutboundParameters)"))
      .field(VendorField.bool(SHARED).readOnly().describe("whether the trunk is shared with tenants; set by the PBX"))
      .passUnknownAttributes()
      .build();

  private PbxFields() {}

  /**
   * The PBX's own rules: constants of one class, not five lambdas, as the declaration is made when a JVM opens the
   * provider, where each lambda is a class spun up cold.
   */
  private enum PbxRule implements FieldRule {
    NAME, PASSWORD, CIDR_LIST, NUMBER_LIST, ID;

    @Override
    public String check(JsonNode value) {
      String text = value.asText();
      if (this == NAME) {
        return text.isBlank() && !text.isEmpty() ? "must not be blank" : FieldRule.length(1, 64).check(value);
      }
      if (this == PASSWORD) {
        return text.isBlank() ? "must not be blank" : null;
      }
      if (this == CIDR_LIST) {
        return each(text, PbxFields::isCidr,
            "must be a CIDR block such as 192.0.2.0/24 (entries separated by ';', no spaces)");
      }
      if (this == NUMBER_LIST) {
        return each(text, PbxFields::isNumberOrRange, "must be a number or a range of numbers such as 3000 or"
            + " 12000-18000 (digits with an optional leading '+', entries separated by ';')");
      }
      return RESERVED_IDS.contains(text.toLowerCase(java.util.Locale.ROOT))   // ID
          ? "must not be '" + text + "': that is a fixed path of the PBX (/api/providers/" + text
              + "), not a trunk id" : null;
    }
  }

  /** The state {@link #ENABLED} reads as (the flag itself stays in the attributes, where it can be written). */
  private static Conversion<TrunkState> state() {
    return new Conversion<>() {
      @Override
      public TrunkState read(JsonNode value) {
        return value.isBoolean() ? (value.booleanValue() ? TrunkState.ACTIVE : TrunkState.INACTIVE) : null;
      }

      @Override
      public JsonNode write(TrunkState value) {
        throw new IllegalArgumentException("is set through attributes." + ENABLED);
      }
    };
  }

  /** The typed client's check of one field's value by the declaration's rule; null when it passes. */
  static String broken(String field, JsonNode value) {
    FieldRule rule = RULES.get(field);
    return rule == null || value == null || value.isNull() ? null : rule.check(value);
  }

  private static VendorField checked(VendorField field, FieldRule rule) {
    RULES.put(field.name(), rule);
    return field.check(rule);
  }

  private static VendorField flag(String name, String meaning) {
    return VendorField.bool(name).clearable().describe("true or false: " + meaning);
  }

  /**
   * What a create sends for the outbound server when it is not given: constants of one class, not lambdas (the
   * declaration is made when a JVM opens the provider).
   */
  private enum CreateDefault implements Function<TrunkSpec, Optional<JsonNode>> {
    /** The trunk's host, if given. */
    HOST,
    /** The trunk's port, else 5060. */
    PORT;

    @Override
    public Optional<JsonNode> apply(TrunkSpec spec) {
      if (this == HOST) {
        return spec.host().isPresent() ? Optional.of(TextNode.valueOf(spec.host().get())) : Optional.empty();
      }
      return Optional.of(IntNode.valueOf(spec.port().orElse(SIP_PORT)));
    }
  }

  /** {@code IP_AUTH}; {@code REGISTER_AUTH} and {@code ACCEPT_REGISTER}; any other mode reads as OTHER. */
  private static Conversion<AuthMode> authMode() {
    return Conversions.codesOr(AuthMode.OTHER, PbxAuthMode.IP_AUTH.value(), AuthMode.IP,
        PbxAuthMode.REGISTER_AUTH.value(), AuthMode.CREDENTIALS, PbxAuthMode.ACCEPT_REGISTER.value(),
        AuthMode.CREDENTIALS);
  }

  /** A {@code ;}-separated PBX list both ways; the items are checked (and completed) before writing. */
  private static final class Joined implements Conversion<List<String>> {
    private final Conversion<List<String>> joined = Conversions.joined(";");
    /** The items are CIDR blocks ({@link #cidrBlocks}), else numbers and ranges ({@link #numberItems}). */
    private final boolean cidr;

    Joined(boolean cidr) {
      this.cidr = cidr;
    }

    @Override
    public List<String> read(JsonNode value) {
      return joined.read(value);
    }

    @Override
    public List<String> readText(String text) {
      return joined.readText(text);   // a listed string read without a TextNode
    }

    @Override
    public JsonNode write(List<String> items) {
      return joined.write(cidr ? cidrBlocks(items) : numberItems(items));
    }
  }

  /** Addresses and CIDR blocks as the PBX's CIDR blocks: a bare address becomes /32 or /128. */
  private static List<String> cidrBlocks(List<String> ips) {
    List<String> blocks = new ArrayList<>(ips.size());
    for (int i = 0; i < ips.size(); i++) {
      String ip = ips.get(i);
      try {
        Validate.ipOrCidr("", ip);
      } catch (TrunkValidationException e) {
        throw new IllegalArgumentException("entry " + (i + 1) + " " + e.rule());
      }
      blocks.add(ip.indexOf('/') >= 0 ? ip : ip + (ip.indexOf(':') >= 0 ? "/128" : "/32"));
    }
    return blocks;
  }

  /** Numbers and ranges, each checked on its own (so that an item holding a {@code ;} is refused). */
  private static List<String> numberItems(List<String> numbers) {
    for (int i = 0; i < numbers.size(); i++) {
      if (!isNumberOrRange(numbers.get(i))) {
        throw new IllegalArgumentException("entry " + (i + 1) + " must be a number or a range of numbers such as"
            + " 3000 or 12000-18000 (digits with an optional leading '+')");
      }
    }
    return numbers;
  }

  /**
   * An object that reads as the PBX's parameters type; the refusal names the nested field that does not fit. The
   * type is loaded when a value is first checked, not when the declaration is made.
   */
  private enum Fits implements FieldRule {
    /** {@link PbxInboundParameters}. */
    INBOUND,
    /** {@link PbxOutboundParameters}. */
    OUTBOUND;

    @Override
    public String check(JsonNode value) {
      Class<?> type = this == INBOUND ? PbxInboundParameters.class : PbxOutboundParameters.class;
      try {
        Json.mapper().treeToValue(value, type);
        return null;
      } catch (JsonMappingException e) {
        return "does not fit the PBX's type at " + path(e) + ": " + e.getOriginalMessage();
      } catch (JsonProcessingException | IllegalArgumentException e) {
        return "does not fit the PBX's type: " + e.getMessage();
      }
    }
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
    return sb.length() == 0 ? "the top" : sb.toString();
  }

  private static String each(String list, java.util.function.Predicate<String> valid, String rule) {
    if (list.isEmpty()) {
      return null;
    }
    String[] parts = list.split(";", -1);
    for (int i = 0; i < parts.length; i++) {
      if (!valid.test(parts[i])) {
        return "entry " + (i + 1) + " " + rule;
      }
    }
    return null;
  }

  static boolean isCidr(String value) {
    try {
      Validate.cidr("", value);
      return true;
    } catch (TrunkValidationException e) {
      return false;
    }
  }

  /** A number ({@code 3000}, {@code +31201234567}) or a range whose end is not below its start. */
  static boolean isNumberOrRange(String value) {
    int dash = value.indexOf('-');
    if (dash < 0) {
      return isNumber(value);
    }
    String from = value.substring(0, dash);
    String to = value.substring(dash + 1);
    if (!isNumber(from) || !isNumber(to)) {
      return false;
    }
    String a = significant(from);
    String b = significant(to);
    return a.length() < b.length() || a.length() == b.length() && a.compareTo(b) <= 0;
  }

  /** The digits without a leading '+' and leading zeros, for comparing as numbers. */
  private static String significant(String number) {
    int i = number.startsWith("+") ? 1 : 0;
    while (i < number.length() - 1 && number.charAt(i) == '0') {
      i++;
    }
    return number.substring(i);
  }

  private static boolean isNumber(String value) {
    int start = value.startsWith("+") ? 1 : 0;
    int digits = value.length() - start;
    if (digits < 1 || digits > 64) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
