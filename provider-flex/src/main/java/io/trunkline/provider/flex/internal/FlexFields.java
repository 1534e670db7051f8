package io.trunkline.provider.flex.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.spi.BodyRule;
import io.trunkline.core.spi.Conversion;
import io.trunkline.core.spi.Conversions;
import io.trunkline.core.spi.FieldRule;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.Validate;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.core.spi.VendorField;
import io.trunkline.provider.flex.FlexAuthMethod;
import io.trunkline.provider.flex.FlexClient;
import io.trunkline.provider.flex.FlexTrunkStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Wavix's trunk fields, declared once: the one place each Wavix field is named. The typed models ({@code FlexTrunk},
 * {@code FlexTrunkSummary}, {@code FlexTrunkRequest}, …) take their JSON names from the constants here; the kit reads
 * every answer (list item, trunk) into the same {@code SipTrunk} and builds and checks create and update bodies from
 * {@link #FIELDS}. Not API: public only for the JSON names the typed model's annotations take from it; its package
 * is not exported.
 */
public final class FlexFields {
  public static final String ID = "id";
  /** The SIP login Wavix generates (the neutral {@code username}). */
  public static final String LOGIN = "name";
  public static final String LABEL = "label";
  public static final String PASSWORD = "password";
  public static final String CALLER_ID = "callerid";
  public static final String MULTIPLE_NUMBERS = "multiple_numbers";
  public static final String IP_RESTRICT = "ip_restrict";
  public static final String ALLOWED_IPS = "allowed_ips";
  public static final String HOST = "host";
  public static final String HOST_REQUEST = "host_request";
  public static final String AUTH_METHOD = "auth_method";
  public static final String STATUS = "status";
  public static final String DIDINFO_ENABLED = "didinfo_enabled";
  public static final String CALL_RESTRICT = "call_restrict";
  public static final String CALL_LIMIT = "call_limit";
  public static final String COST_LIMIT = "cost_limit";
  public static final String MAX_CALL_COST = "max_call_cost";
  public static final String CHANNELS_RESTRICT = "channels_restrict";
  public static final String MAX_CHANNELS = "max_channels";
  public static final String REWRITE_ENABLED = "rewrite_enabled";
  public static final String REWRITE_PREFIX = "rewrite_prefix";
  public static final String REWRITE_COND = "rewrite_cond";
  public static final String CALL_RECORDING_ENABLED = "call_recording_enabled";
  public static final String TRANSCRIPTION_ENABLED = "transcription_enabled";
  public static final String TRANSCRIPTION_THRESHOLD = "transcription_threshold";
  public static final String MACHINE_DETECTION_ENABLED = "machine_detection_enabled";
  public static final String ENCRYPTED_MEDIA = "encrypted_media";
  public static final String PASSTHROUGH = "passthrough";
  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";
  public static final String ACCESS_TOKEN = "access_token";
  public static final String TALK_TIME = "talk_time";
  public static final String CHARGE = "charge";
  /** An allowed IP address ({@code allowed_ips[].ip}). */
  public static final String IP = "ip";
  /** The list's page number (from 1) and page size, in the query and in {@code pagination}. */
  public static final String PAGE = "page";
  public static final String PER_PAGE = "per_page";
  /** The page answered and the number of pages, in {@code pagination}. */
  public static final String CURRENT_PAGE = "current_page";
  public static final String TOTAL_PAGES = "total_pages";
  /** The list's array of trunks. */
  public static final String TRUNKS = "sip_trunks";
  /** The list's paging block, and its number of trunks in the whole list. */
  public static final String PAGINATION = "pagination";
  public static final String TOTAL = "total";
  /** A {@code status} (and {@code host_request.status}) of an IP-authentication request Wavix refused. */
  public static final String REJECTED = "rejected";
  /** The {@code host} of a trunk that registers by digest. */
  public static final String DYNAMIC = "dynamic";

  /** Wavix's required request fields that have a documented default, and that default. */
  static final Map<String, JsonNode> DEFAULTS = Map.of(IP_RESTRICT, BooleanNode.FALSE,
      DIDINFO_ENABLED, BooleanNode.TRUE, CALL_RESTRICT, BooleanNode.FALSE, COST_LIMIT, BooleanNode.FALSE,
      CHANNELS_RESTRICT, BooleanNode.FALSE, REWRITE_ENABLED, BooleanNode.FALSE,
      TRANSCRIPTION_ENABLED, BooleanNode.FALSE, TRANSCRIPTION_THRESHOLD, IntNode.valueOf(6));

  /**
   * The trunk's settings a whole-replace update must carry, since leaving one out resets it: each must be known
   * (from the trunk, its list item, or the update). {@code call_restrict} is not among them: Wavix documents it
   * as nullable, and {@code null} is sent as its default, false.
   */
  static final List<String> SETTINGS = List.of(MULTIPLE_NUMBERS, IP_RESTRICT, DIDINFO_ENABLED, COST_LIMIT,
      CHANNELS_RESTRICT, REWRITE_ENABLED, CALL_RECORDING_ENABLED, TRANSCRIPTION_ENABLED, TRANSCRIPTION_THRESHOLD,
      MACHINE_DETECTION_ENABLED, ENCRYPTED_MEDIA, PASSTHROUGH);

  /** A caller ID as Wavix writes it: the E.164 digits without {@code +}. */
  static final Pattern CALLER_DIGITS = Pattern.compile("[1-9][0-9]{1,14}");
  static final Pattern DIGITS = Pattern.compile("[0-9]*");

  static final TrunkFields FIELDS = TrunkFields.builder(FlexClient.ID).id(ID, positiveId())
      .field(VendorField.text(LABEL).neutral(NeutralField.NAME).requiredOnCreate().check(notBlank())
          .describe("the trunk's name, any text that is not blank"))
      .field(VendorField.text(PASSWORD).neutral(NeutralField.PASSWORD).requiredOnCreate().requiredOnUpdate()
          .check(notTheMask())
          .describe("the trunk's SIP password; Wavix never returns it and replaces the whole trunk on update,"
              + " so every update carries it (the current one or a new one)"))
      .field(VendorField.text(CALLER_ID).neutral(NeutralField.CALLER_ID, callerId()).requiredOnCreate()
          .check(callerIdDigits())
          .describe("an active or verified number of the account in E.164 (+13132847320; Wavix stores the digits"
              + " without '+'), or \"\" when attributes." + MULTIPLE_NUMBERS + " is true"))
      .field(VendorField.list(ALLOWED_IPS).neutral(NeutralField.ALLOWED_IPS, allowedIps()).check(ipAddresses())
          .describe("public static IPv4 or IPv6 addresses allowed to register (no CIDR blocks); setting them sets"
              + " attributes." + IP_RESTRICT + " to whether the list is empty, unless that is given too"))
      .field(VendorField.integer(MAX_CHANNELS).neutral(NeutralField.MAX_CHANNELS).check(FieldRule.range(1,
          Integer.MAX_VALUE)).ignoredWhen(CHANNELS_RESTRICT, BooleanNode.FALSE)
          .describe("the most concurrent outbound calls, at least 1 and at most the account's capacity; setting it"
              + " sets attributes." + CHANNELS_RESTRICT + " to true unless that is given too; ignored by Wavix"
              + " while attributes." + CHANNELS_RESTRICT + " is false"))
      .field(VendorField.text(HOST).neutral(NeutralField.HOST).fallbackFor(NeutralField.AUTH_MODE, authModeByHost())
          .check(dynamicOrIp())
          .describe("'dynamic' for digest registration, or the public static IP address Wavix is to authenticate"
              + " (sent as attributes." + HOST_REQUEST + "; Wavix reviews IP authentication by hand)"))
      .field(VendorField.text(AUTH_METHOD).neutral(NeutralField.AUTH_MODE, authMethod())
          .describe("CREDENTIALS (digest registration) or IP (needs host: the public static IP address); sent as"
              + " attributes." + HOST_REQUEST))
      .field(VendorField.text(STATUS).neutral(NeutralField.STATE, Conversions.codes(
          FlexTrunkStatus.ACTIVE.value(), TrunkState.ACTIVE, FlexTrunkStatus.PENDING.value(), TrunkState.PROVISIONING,
          FlexTrunkStatus.REJECTED.value(), TrunkState.INACTIVE))
          .describe("active, pending (IP authentication under review) or rejected; set by Wavix"))
      .field(VendorField.text(CREATED_AT).neutral(NeutralField.CREATED_AT).describe("when the trunk was created; set by"
          + " Wavix"))
      .field(VendorField.text(UPDATED_AT).neutral(NeutralField.UPDATED_AT).describe("when the trunk was last changed,"
          + " where Wavix reports it; set by Wavix"))
      .field(VendorField.text(LOGIN).readAs(NeutralField.USERNAME)
          .describe("the SIP login Wavix generates; read as the neutral username, which cannot be chosen"))
      .field(VendorField.text(ACCESS_TOKEN).readOnly().secret().describe("the trunk's static access token"))
      .field(VendorField.integer(TALK_TIME).readOnly().describe("seconds of outbound calls this month"))
      .field(VendorField.any(CHARGE).readOnly().describe("cost of outbound calls this month, in USD"))
      .field(flag(MULTIPLE_NUMBERS, "any active or verified number of the account may be the caller ID"))
      .field(required(flag(IP_RESTRICT, "only the allowed IPs may register; needs allowedIps"),
          spec -> BooleanNode.valueOf(!spec.allowedIps().isEmpty())))
      .field(VendorField.object(HOST_REQUEST).check(hostRequest())
          .describe("asks Wavix for IP authentication: {\"host\": \"<public static IP address>\"}; not together"
              + " with host or authMode"))
      .field(required(flag(DIDINFO_ENABLED, "inbound calls carry the dialed number in the To header; default"
          + " true"), spec -> DEFAULTS.get(DIDINFO_ENABLED)))
      .field(required(flag(CALL_RESTRICT, "the call duration is limited to call_limit; default false"),
          spec -> DEFAULTS.get(CALL_RESTRICT)))
      .field(VendorField.integer(CALL_LIMIT).check(FieldRule.range(1, Integer.MAX_VALUE)).clearable()
          .describe("the longest call in seconds, at least 1 and at most the account's maximum; needed while"
              + " attributes." + CALL_RESTRICT + " is true"))
      .field(required(flag(COST_LIMIT, "the cost of an outbound call is limited; default false"),
          spec -> DEFAULTS.get(COST_LIMIT)))
      .field(VendorField.any(MAX_CALL_COST).check(usdAmount()).clearable()
          .describe("the highest cost of one outbound call in USD, a number or a string such as \"0.18\", not"
              + " negative; needed while attributes." + COST_LIMIT + " is true"))
      .field(required(flag(CHANNELS_RESTRICT, "maxChannels limits the concurrent outbound calls; default false,"
          + " true when maxChannels is given"), spec -> BooleanNode.valueOf(spec.maxChannels().isPresent())))
      .field(required(flag(REWRITE_ENABLED, "the dial plan (rewrite prefix and condition) is active; default"
          + " false"), spec -> DEFAULTS.get(REWRITE_ENABLED)))
      .field(VendorField.text(REWRITE_PREFIX).check(digits()).clearable()
          .describe("digits added before each dialed number (may be empty)"))
      .field(VendorField.text(REWRITE_COND).check(digits()).clearable()
          .describe("leading digits removed from each dialed number (may be empty)"))
      .field(flag(CALL_RECORDING_ENABLED, "outbound calls are recorded (Flex Pro)"))
      .field(required(flag(TRANSCRIPTION_ENABLED, "calls are transcribed (Flex Pro); default false"),
          spec -> DEFAULTS.get(TRANSCRIPTION_ENABLED)))
      .field(required(VendorField.integer(TRANSCRIPTION_THRESHOLD).check(FieldRule.range(0, Integer.MAX_VALUE))
          .describe("the shortest call in seconds that is transcribed, 0 or more (Flex Pro); default 6"),
          spec -> DEFAULTS.get(TRANSCRIPTION_THRESHOLD)))
      .field(flag(MACHINE_DETECTION_ENABLED, "voicemail detection (Flex Pro)"))
      .field(flag(ENCRYPTED_MEDIA, "media is encrypted (SRTP)"))
      .field(flag(PASSTHROUGH, "caller ID passthrough"))
      .rule(FlexFields::callerIdUnlessMultipleNumbers)
      .rule(neededWhile(IP_RESTRICT, NeutralField.ALLOWED_IPS.property() + " (" + ALLOWED_IPS + ")"))
      .rule(neededWhile(CALL_RESTRICT, "attributes." + CALL_LIMIT))
      .rule(neededWhile(CHANNELS_RESTRICT, NeutralField.MAX_CHANNELS.property() + " (" + MAX_CHANNELS + ")"))
      .rule(neededWhile(COST_LIMIT, "attributes." + MAX_CALL_COST))
      .replaceOnUpdate()
      .build();

  private FlexFields() {}

  /** True when the body's {@code name} is JSON {@code true}. */
  static boolean isTrue(VendorBody body, String name) {
    return body.get(name).map(JsonNode::asBoolean).orElse(false);
  }

  /** True for the IPv4 or IPv6 address Wavix authenticates ({@code dynamic} and names are not). */
  static boolean isIp(String host) {
    try {
      Validate.ipAddress(HOST, host);
      return true;
    } catch (TrunkValidationException e) {
      return false;
    }
  }

  private static VendorField flag(String name, String meaning) {
    return VendorField.bool(name).describe("true or false: " + meaning);
  }

  /** A field Wavix requires, sent as {@code value} when the spec does not give it. */
  private static VendorField required(VendorField field, Function<TrunkSpec, JsonNode> value) {
    return field.requiredOnCreate().defaultOnCreate(spec -> Optional.of(value.apply(spec)));
  }

  private static BodyRule.Refusal callerIdUnlessMultipleNumbers(VendorBody body, boolean create) {
    Optional<JsonNode> callerId = body.get(CALLER_ID).filter(v -> !v.isNull());
    if (isTrue(body, MULTIPLE_NUMBERS) || callerId.isPresent() && !callerId.get().asText().isEmpty()) {
      return null;
    }
    return new BodyRule.Refusal(NeutralField.CALLER_ID.property() + " (" + CALLER_ID + ")", callerId.isPresent()
        ? "may be empty only while attributes." + MULTIPLE_NUMBERS + " is true"
        : "is required by Wavix unless attributes." + MULTIPLE_NUMBERS + " is true");
  }

  /** {@code flag} true needs {@code label}'s field ({@code label} is how a caller names it). */
  private static BodyRule neededWhile(String flag, String label) {
    String field = label.substring(label.indexOf('(') + 1).replace(")", "").replace("attributes.", "");
    return (body, create) -> {
      Optional<JsonNode> value = body.get(field).filter(v -> !v.isNull() && !(v.isArray() && v.isEmpty()));
      return isTrue(body, flag) && value.isEmpty()
          ? new BodyRule.Refusal(label, "is required while attributes." + flag + " is true") : null;
    };
  }

  private static FieldRule positiveId() {
    return value -> {
      String broken = FieldRule.digits().check(value);
      return broken != null ? broken
          : value.asText().chars().allMatch(c -> c == '0') ? "must be a positive Wavix trunk id" : null;
    };
  }

  private static FieldRule notBlank() {
    return value -> value.asText().isBlank() ? "must not be blank" : null;
  }

  private static FieldRule notTheMask() {
    return value -> value.asText().equals("****") ? "is the mask '****' Trunkline prints instead of a password,"
        + " not the trunk's password" : null;
  }

  private static FieldRule callerIdDigits() {
    return value -> value.asText().isEmpty() || CALLER_DIGITS.matcher(value.asText()).matches() ? null
        : "must be a number of 2 to 15 digits without a leading 0, spaces or dashes, such as +13132847320";
  }

  private static FieldRule digits() {
    return value -> value.isTextual() && DIGITS.matcher(value.asText()).matches() ? null
        : "must contain only digits";
  }

  private static FieldRule dynamicOrIp() {
    return value -> value.asText().equalsIgnoreCase(DYNAMIC) || isIp(value.asText()) ? null
        : "must be 'dynamic' or a public static IPv4 or IPv6 address";
  }

  private static FieldRule ipAddresses() {
    return value -> {
      for (int i = 0; i < value.size(); i++) {
        if (!isIp(value.get(i).path(IP).asText())) {
          return "entry " + (i + 1) + " must be an IPv4 or IPv6 address (not a CIDR block)";
        }
      }
      return null;
    };
  }

  private static FieldRule hostRequest() {
    return value -> isIp(value.path(HOST).asText()) ? null
        : "must be an object with the public static IP address to authenticate, such as {\"host\": \"203.0.113.10\"}";
  }

  private static FieldRule usdAmount() {
    return value -> {
      try {
        if ((value.isNumber() || value.isTextual()) && new BigDecimal(value.asText()).signum() >= 0) {
          return null;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      return "must be a USD amount such as 0.18, not negative";
    };
  }

  /** Wavix's caller ID is E.164 digits without {@code +}; the neutral one has it. {@code ""} (several) stays. */
  private static Conversion<String> callerId() {
    Conversion<String> text = Conversions.text();
    return new Conversion<>() {
      @Override
      public String read(JsonNode value) {
        return readText(text.read(value));
      }

      /** The streaming reader's string values, without a node. */
      @Override
      public String readText(String id) {
        return id.isEmpty() || id.charAt(0) == '+' ? id : "+" + id;
      }

      @Override
      public JsonNode write(String value) {
        return TextNode.valueOf(value.startsWith("+") ? value.substring(1) : value);
      }
    };
  }

  /**
   * {@code Digest} and {@code IP auth} ↔ CREDENTIALS and IP; another method reads as OTHER (its value stays in
   * {@code attributes}). OTHER is written as JSON {@code null} rather than refused as {@link Conversions#codesOr}
   * does, so that a whole-replace update of such a trunk sends no method (the adapter then goes by the host); a spec
   * or update that asks for OTHER is refused by the adapter.
   */
  private static Conversion<AuthMode> authMethod() {
    Conversion<AuthMode> codes = Conversions.codesOr(AuthMode.OTHER, FlexAuthMethod.DIGEST.value(),
        AuthMode.CREDENTIALS, FlexAuthMethod.IP_AUTH.value(), AuthMode.IP);
    return new Conversion<>() {
      @Override
      public AuthMode read(JsonNode value) {
        return codes.read(value);
      }

      /** The streaming reader's string values, without a node. */
      @Override
      public AuthMode readText(String text) {
        return codes.readText(text);
      }

      @Override
      public JsonNode write(AuthMode value) {
        return value == AuthMode.OTHER ? NullNode.getInstance() : codes.write(value);
      }
    };
  }

  /**
   * How a trunk document without {@code auth_method} authenticates, by its host: {@code dynamic} by digest
   * (CREDENTIALS), an address by IP; an empty host says nothing. Read only.
   */
  private static Conversion<AuthMode> authModeByHost() {
    return new Conversion<>() {
      @Override
      public AuthMode read(JsonNode value) {
        String host = value.asText();
        return host.isEmpty() ? null : host.equalsIgnoreCase(DYNAMIC) ? AuthMode.CREDENTIALS : AuthMode.IP;
      }

      @Override
      public JsonNode write(AuthMode value) {
        throw new IllegalArgumentException("is not written as the host");
      }
    };
  }

  /** {@code [{"id": 6712, "ip": "…"}]} (or bare strings, as the 2024 Node SDK sent them) ↔ the addresses. */
  private static Conversion<List<String>> allowedIps() {
    return new Conversion<>() {
      @Override
      public List<String> read(JsonNode value) {
        if (!value.isArray()) {
          throw new IllegalArgumentException("must be a list");
        }
        List<String> ips = new ArrayList<>();
        for (JsonNode item : value) {
          JsonNode ip = item.isTextual() ? item : item.path(IP);
          if (!ip.isTextual()) {
            throw new IllegalArgumentException("must be a list of objects with a text '" + IP + "'");
          }
          ips.add(ip.asText());
        }
        return ips;
      }

      @Override
      public JsonNode write(List<String> value) {
        ArrayNode list = Json.mapper().createArrayNode();
        value.forEach(ip -> list.add(Json.object().put(IP, ip)));
        return list;
      }
    };
  }
}
