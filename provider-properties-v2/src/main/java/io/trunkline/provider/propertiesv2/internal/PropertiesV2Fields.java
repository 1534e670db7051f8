package io.trunkline.provider.propertiesv2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.spi.BodyRule;
import io.trunkline.core.spi.Conversion;
import io.trunkline.core.spi.FieldRule;
import io.trunkline.core.spi.TrunkFields;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.core.spi.VendorField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.trunkline.provider.propertiesv2.PropertiesV2Client;

/**
 * Not API: public only for the vendor names the typed models' {@code @JsonProperty} annotations use; its package is
 * not exported. The Fone Dynamics SIP-trunk fields, declared once: the one place each vendor field is named. The
 * kit reads every answer shape, builds and checks every body and publishes {@code metadata().trunkFields()} from
 * {@link #FIELDS}.
 */
public final class PropertiesV2Fields {
  public static final String SID = "SipTrunkSid";
  public static final String NAME = "Name";
  public static final String DEFAULT_CALLER_ID = "DefaultCallerId";
  public static final String TYPE = "Type";
  public static final String PROVISIONING_STATE = "ProvisioningState";
  public static final String CHANNEL_LIMIT = "ChannelLimit";
  public static final String CREATED = "Created";
  public static final String MODIFIED = "Modified";
  public static final String END_DATE = "EndDate";
  public static final String CUSTOMER_REFERENCE = "CustomerReference";
  public static final String EXTERNAL_REFERENCE = "ExternalReference";
  public static final String ALLOWED_COUNTRIES = "SipTrunkAllowedCountries";
  public static final String IP_ADDRESSES = "SipTrunkIpAddresses";
  public static final String CREDENTIALS = "SipTrunkCredentials";
  /** Inside an entry of {@link #IP_ADDRESSES}. */
  public static final String IP_ADDRESS = "IpAddress";
  /** Inside an entry of {@link #ALLOWED_COUNTRIES}. */
  public static final String COUNTRY_CODE = "CountryCode";
  /** Inside {@link #CREDENTIALS}. */
  public static final String REALM = "Realm";
  /** Inside {@link #CREDENTIALS}. */
  public static final String PASSWORD = "Password";
  /**
   * The password while a body is built and checked: a field of its own, so that it stays a secret; moved into
   * {@link #CREDENTIALS} when the request is written ({@link DefaultPropertiesV2Client}).
   */
  static final String CREDENTIALS_PASSWORD = CREDENTIALS + "." + PASSWORD;
  /**
   * The fields of the documented create and update body. An update sends all of them (the trunk's current values
   * with the caller's changes), so the trunk keeps them whether the vendor's {@code PUT} merges or replaces; any
   * other field ({@code EndDate}, {@code ExternalReference}, unknown ones) only when the caller changes it.
   */
  static final List<String> REQUEST_FIELDS = List.of(NAME, DEFAULT_CALLER_ID, TYPE, IP_ADDRESSES, CREDENTIALS,
      CREDENTIALS_PASSWORD, ALLOWED_COUNTRIES, CHANNEL_LIMIT, CUSTOMER_REFERENCE);
  /**
   * The fields every trunk has (the create's required ones, and those with a vendor default) and every update
   * therefore sends, each with the name a caller sets it by. The IP addresses and the credentials follow from
   * {@link #TYPE} (body rules).
   */
  static final Map<String, String> ALWAYS_SENT = ordered(NAME, "name (" + NAME + ")",
      DEFAULT_CALLER_ID, "callerId (" + DEFAULT_CALLER_ID + ")", TYPE, "authMode (" + TYPE + ")",
      CHANNEL_LIMIT, "maxChannels (" + CHANNEL_LIMIT + ")", ALLOWED_COUNTRIES, "attributes." + ALLOWED_COUNTRIES);

  /** {@link #TYPE}: 0 IP to IP, 1 authenticated; another code reads as {@link AuthMode#OTHER}. */
  static final Conversion<AuthMode> AUTH_MODES = numericCodes(TYPE, AuthMode.OTHER, 0, AuthMode.IP, 1,
      AuthMode.CREDENTIALS);
  /** {@link #PROVISIONING_STATE}: 0 to 3; another code reads as no state (kept in attributes). */
  static final Conversion<TrunkState> STATES = numericCodes(PROVISIONING_STATE, null, 0, TrunkState.INACTIVE, 1,
      TrunkState.PROVISIONING, 2, TrunkState.ACTIVE, 3, TrunkState.DEPROVISIONING);

  /** Unix seconds, read tolerantly ({@link UnixTime}); 0 reads as no time (the raw value stays in attributes). */
  static final Conversion<Instant> UNIX_TIME = new Conversion<>() {
    @Override
    public Instant read(JsonNode value) {
      return UnixTime.read(value);
    }

    /** As {@link #read} of the number, without its node (the listing's timestamps stream in as these). */
    @Override
    public Instant readInt(int value) {
      return UnixTime.ofSeconds(value);
    }

    /** As {@link #read} of the text, without its node. */
    @Override
    public Instant readText(String text) {
      return UnixTime.parse(text.trim());
    }

    @Override
    public JsonNode write(Instant value) {
      return JsonNodeFactory.instance.numberNode(value.getEpochSecond());
    }
  };

  /** {@code [{"IpAddress": "1.2.3.4/32"}]} and the CIDR blocks; a bare IPv4 address is written as its /32. */
  private static final Conversion<List<String>> IP_LIST = new Conversion<>() {
    @Override
    public List<String> read(JsonNode value) {
      if (!value.isArray()) {
        throw new IllegalArgumentException("must be a list");
      }
      List<String> ips = new ArrayList<>();
      for (JsonNode entry : value) {
        if (!entry.path(IP_ADDRESS).isTextual()) {
          throw new IllegalArgumentException("must hold objects with a text " + IP_ADDRESS);
        }
        ips.add(entry.get(IP_ADDRESS).asText());
      }
      return ips;
    }

    @Override
    public JsonNode write(List<String> value) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (String ip : value) {
        boolean bare = ip != null && ip.indexOf('/') < 0 && ip.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        array.addObject().put(IP_ADDRESS, bare ? ip + "/32" : ip);
      }
      return array;
    }
  };

  /** {@code {"Realm": "…"}} and the realm, the neutral username (the vendor has no user name). */
  private static final Conversion<String> REALM_OBJECT = new Conversion<>() {
    @Override
    public String read(JsonNode value) {
      if (!value.isObject()) {
        throw new IllegalArgumentException("must be an object");
      }
      return value.path(REALM).isTextual() ? value.get(REALM).asText() : null;   // kept as sent, secrets dropped
    }

    @Override
    public JsonNode write(String value) {
      ObjectNode credentials = JsonNodeFactory.instance.objectNode();
      return credentials.put(REALM, value);
    }
  };

  static final TrunkFields FIELDS = TrunkFields.builder(PropertiesV2Client.ID).id(SID)
      .field(VendorField.text(NAME).neutral(NeutralField.NAME).requiredOnCreate()
          .check(rule(PropertiesV2Validator::nameRule)).describe("any text, not blank"))
      .field(VendorField.text(DEFAULT_CALLER_ID).neutral(NeutralField.CALLER_ID).requiredOnCreate()
          .check(rule(PropertiesV2Validator::callerIdRule))
          .describe("an Australian number in +E.164 (+61…), neither toll-free (1800, 180) nor shared-rate"
              + " (13, 1300)"))
      .field(VendorField.integer(TYPE).neutral(NeutralField.AUTH_MODE, AUTH_MODES).requiredOnCreate()
          .defaultOnCreate(PropertiesV2Fields::inferredType)
          .describe("IP (0, IP to IP: needs allowedIps) or CREDENTIALS (1, authenticated: needs username and"
              + " password); on create it follows from allowedIps alone (IP) or username/password alone"
              + " (CREDENTIALS)"))
      .field(VendorField.integer(PROVISIONING_STATE).neutral(NeutralField.STATE, STATES)
          .describe("0 INACTIVE, 1 PROVISIONING, 2 ACTIVE, 3 DEPROVISIONING; set by the vendor"))
      .field(VendorField.integer(CHANNEL_LIMIT).neutral(NeutralField.MAX_CHANNELS)
          .check(value -> PropertiesV2Validator.channelLimitRule(value.asLong()))
          .describe("the most concurrent calls, at least 1; the vendor's default is 1"))
      .field(VendorField.any(CREATED).neutral(NeutralField.CREATED_AT, UNIX_TIME)
          .describe("Unix seconds; set by the vendor"))
      .field(VendorField.any(MODIFIED).neutral(NeutralField.UPDATED_AT, UNIX_TIME)
          .describe("Unix seconds; set by the vendor"))
      .field(VendorField.list(IP_ADDRESSES).neutral(NeutralField.ALLOWED_IPS, IP_LIST)
          .check(PropertiesV2Fields::ipAddressesRule)
          .describe("public IPv4 CIDR blocks, /24 or narrower (a bare IPv4 address is sent as /32); at least one;"
              + " required when authMode is IP"))
      .field(VendorField.object(CREDENTIALS).neutral(NeutralField.USERNAME, REALM_OBJECT)
          .check(value -> PropertiesV2Validator.realmRule(value.path(REALM).asText(null)))
          .describe("the realm of the SIP credentials; sent with the password, required when authMode is"
              + " CREDENTIALS"))
      .field(VendorField.text(CREDENTIALS_PASSWORD).neutral(NeutralField.PASSWORD)
          .check(value -> PropertiesV2Validator.passwordRule(value.asText()))
          .describe("at least 10 characters with a lower-case and an upper-case letter, a digit and a special"
              + " character, no character more than twice in a row; sent with the username"))
      .field(VendorField.list(ALLOWED_COUNTRIES).check(PropertiesV2Fields::countriesRule)
          .describe("the countries the trunk may call: [{\"" + COUNTRY_CODE + "\": \"AU\"}, …], ISO 3166 alpha-2"
              + " in capitals; the vendor's default is AU"))
      .field(VendorField.text(CUSTOMER_REFERENCE).describe("a reference of your own, any text"))
      .field(VendorField.text(EXTERNAL_REFERENCE)
          .describe("an external reference, any text (listed in answers, not in the documented bodies)"))
      .field(VendorField.integer(END_DATE).absentWhenNull()
          .describe("when the trunk was deactivated, Unix seconds; absent or 0 while it is active"))
      .rule(PropertiesV2Fields::typeNeedsItsFields)
      .rule(PropertiesV2Fields::credentialsTogether)
      .passUnknownAttributes()
      .replaceOnUpdate()
      .build();

  private PropertiesV2Fields() {}

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /** On create without authMode: IP for allowedIps alone, CREDENTIALS for username/password alone. */
  private static Optional<JsonNode> inferredType(TrunkSpec spec) {
    boolean ips = !spec.allowedIps().isEmpty();
    boolean credentials = spec.username().isPresent() || spec.password().isPresent();
    return ips == credentials ? Optional.empty()
        : Optional.of(AUTH_MODES.write(ips ? AuthMode.IP : AuthMode.CREDENTIALS));
  }

  /** Type 0 needs the IP addresses, Type 1 the credentials, in the same body (on update: when Type changes). */
  private static BodyRule.Refusal typeNeedsItsFields(VendorBody body, boolean create) {
    if (keepsStoredCredentials(body)) {
      return null;   // an authenticated trunk whose credentials the update leaves alone: neither is sent
    }
    int type = body.get(TYPE).map(JsonNode::asInt).orElse(-1);
    String mode = type == 0 ? "IP (" + TYPE + " 0)" : "CREDENTIALS (" + TYPE + " 1)";
    String when = create ? " when authMode is " + mode : " when authMode changes to " + mode;
    if (type == 0 && !body.has(IP_ADDRESSES)) {
      return new BodyRule.Refusal(label(NeutralField.ALLOWED_IPS, IP_ADDRESSES), "is required" + when);
    }
    if (type == 1 && !body.has(CREDENTIALS)) {
      return new BodyRule.Refusal(label(NeutralField.USERNAME, CREDENTIALS), "is required" + when);
    }
    boolean wasAuthenticated = body.replaces().flatMap(SipTrunk::authMode).equals(Optional.of(AuthMode.CREDENTIALS));
    if (type == 1 && !body.has(CREDENTIALS_PASSWORD) && !wasAuthenticated) {
      return new BodyRule.Refusal(label(NeutralField.PASSWORD, CREDENTIALS_PASSWORD), "is required" + when);
    }
    return null;
  }

  /** The vendor's credentials are a realm and a password: one is never sent without the other. */
  private static BodyRule.Refusal credentialsTogether(VendorBody body, boolean create) {
    if (body.has(CREDENTIALS) && !body.has(CREDENTIALS_PASSWORD) && !keepsStoredCredentials(body)) {
      return new BodyRule.Refusal(label(NeutralField.PASSWORD, CREDENTIALS_PASSWORD), "is required with username");
    }
    if (body.has(CREDENTIALS_PASSWORD) && !body.has(CREDENTIALS)) {
      return new BodyRule.Refusal(label(NeutralField.USERNAME, CREDENTIALS), "is required with password");
    }
    return null;
  }

  /**
   * True for a whole-trunk update body of an authenticated trunk that keeps it authenticated with the same realm
   * (or none reported) and sets no password. The vendor never returns the password, so the credentials cannot be
   * sent whole, and {@code Type} 1 without them breaks the vendor's rule: the update leaves both out
   * ({@link PropertiesV2Adapter}). A merging {@code PUT} keeps them; a replacing one that requires them refuses.
   */
  static boolean keepsStoredCredentials(VendorBody body) {
    Optional<SipTrunk> current = body.replaces();
    if (current.isEmpty() || !current.get().authMode().equals(Optional.of(AuthMode.CREDENTIALS))
        || body.has(CREDENTIALS_PASSWORD) || body.get(TYPE).map(JsonNode::asInt).orElse(-1) != 1) {
      return false;
    }
    Optional<String> realm = body.get(CREDENTIALS).map(c -> c.path(REALM).asText(null));
    return realm.isEmpty() || realm.equals(current.get().username());
  }

  private static String ipAddressesRule(JsonNode list) {
    if (list.isEmpty()) {
      return "must hold at least one address";
    }
    return eachEntry(list, IP_ADDRESS, PropertiesV2Validator::publicIpv4CidrRule);
  }

  private static String countriesRule(JsonNode list) {
    return eachEntry(list, COUNTRY_CODE, PropertiesV2Validator::countryCodeRule);
  }

  /** The first entry of {@code list} whose {@code field} breaks {@code rule}, in words. */
  private static String eachEntry(JsonNode list, String field, java.util.function.Function<String, String> rule) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String broken = entry.isObject() && entry.path(field).isTextual() ? rule.apply(entry.get(field).asText())
          : "must be an object with a text " + field;
      if (broken != null) {
        return "entry " + i + " (" + field + "): " + broken;
      }
    }
    return null;
  }

  private static FieldRule rule(java.util.function.Function<String, String> textRule) {
    return value -> textRule.apply(value.asText());
  }

  private static String label(NeutralField neutral, String vendorField) {
    return neutral.property() + " (" + vendorField + ")";
  }

  /**
   * Numeric vendor codes of {@code field} and neutral constants in pairs; a code is read as a number, digits or a
   * documented name ({@link VendorCodes}); an unknown code or name reads as {@code unknown} (the raw value stays in
   * attributes); a neutral value is written as its code, a number.
   */
  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> Conversion<E> numericCodes(String field, E unknown, Object... pairs) {
    // KIT-GAP: Conversions.codes for numeric codes (written as JSON numbers) with a value for unknown codes.
    Map<E, Integer> byValue = new LinkedHashMap<>();
    int largest = 0;
    for (int i = 0; i < pairs.length; i += 2) {
      byValue.put((E) pairs[i + 1], (Integer) pairs[i]);
      largest = Math.max(largest, (Integer) pairs[i]);
    }
    Object[] byCode = new Object[largest + 1];   // the codes are small and not negative: a table, not a map
    byValue.forEach((value, code) -> byCode[code] = value);
    return new Conversion<>() {
      @Override
      public E read(JsonNode value) {
        Integer code = VendorCodes.code(field, value);
        if (code == null && !value.isTextual()) {
          throw new IllegalArgumentException("must be a whole number or a name");
        }
        return code == null ? unknown : readInt(code);
      }

      /** As {@link #read} of the number, without its node (the listing's codes stream in as these). */
      @Override
      public E readInt(int code) {
        E known = code >= 0 && code < byCode.length ? (E) byCode[code] : null;
        return known == null ? unknown : known;
      }

      /** As {@link #read} of the text, without its node. */
      @Override
      public E readText(String text) {
        Integer code = VendorCodes.code(field, text);
        return code == null ? unknown : readInt(code);
      }

      @Override
      public JsonNode write(E value) {
        Integer code = byValue.get(value);
        if (code == null) {
          throw new IllegalArgumentException("has no vendor value for " + value + "; accepted: " + byValue.keySet());
        }
        return IntNode.valueOf(code);
      }
    };
  }
}
