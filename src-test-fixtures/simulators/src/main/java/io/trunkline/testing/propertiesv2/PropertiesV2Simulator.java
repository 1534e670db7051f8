package io.trunkline.testing.propertiesv2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fone Dynamics' REST API v2 (provider {@code properties-v2}) for one account and one Property, stateful: a trunk
 * created shows up in the list and its details, an update changes it. Answers what the document shows:
 * {@code GET …/SipTrunks} with the {@code Type}, {@code Active}, {@code ProvisioningState} filters and
 * {@code Results_Skip}/{@code Results_Count} paging (a bare array by default; {@link #wrapList} and
 * {@link #sendTotalCount} switch to the other plausible envelopes), {@code …/SipTrunk/{SipTrunkSid}/Details},
 * {@code POST …/SipTrunk} answering {@code {SipTrunkSid}}, and the update on {@code …/SipTrunk/{SipTrunkSid}} with
 * {@code PUT}, {@code PATCH} or {@code POST}. Errors use the vendor's body,
 * {@code {"ResponseStatus": {"ErrorCode", "Message"}}}: 401 for wrong Basic credentials, 404 for an unknown
 * Property or trunk, 400 for a body that breaks the documented rules. The vendor's error codes are not published;
 * the ones here are placeholders.
 *
 * <p>{@code Active} is read as "not deactivated": a trunk without an {@code EndDate}.
 *
 * <p>Switches play what the document leaves open or what the vendor's framework (ServiceStack, going by its error
 * body) may do; the defaults stay the documented behaviour: {@link #replaceOnPut}, {@link #answerEnumNames},
 * {@link #answerTimestampsAs}, {@link #wrapDetails}, {@link #answerErrorsWith200}, {@link #wrapListHydra},
 * {@link #capPageSize}, {@link #ignoreOffset}, {@link #answerNullNumbers}.
 */
public class PropertiesV2Simulator extends VendorSimulator {
  /** The account SID the simulator accepts (the Basic user). */
  public static final String ACCOUNT_SID = "ACX7RM2KQ9TZ4WBN6VHC3LPJ8DYF5GSE";
  /** The account token the simulator accepts (the Basic password). */
  public static final String TOKEN = "sim-token-7f3c9a1e5b";
  /** The one Property the simulator holds. */
  public static final String PROPERTY_SID = "PRD4HN8QW2XZ6KTM9RCV3BJL7FYG5SPA";

  private static final int DEFAULT_COUNT = 50;
  private static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");
  private static final Set<String> SUMMARY_FIELDS = Set.of("SipTrunkSid", "Created", "Modified", "EndDate", "Name",
      "Type", "ChannelLimit", "CustomerReference", "ExternalReference", "DefaultCallerId", "ProvisioningState");
  /** The fields of the documented create (and update) body: what a replacing {@code PUT} resets when left out. */
  private static final List<String> WRITABLE = List.of("Name", "DefaultCallerId", "Type", "SipTrunkIpAddresses",
      "SipTrunkCredentials", "SipTrunkAllowedCountries", "ChannelLimit", "CustomerReference");
  private static final List<String> NUMBER_FIELDS = List.of("Created", "Modified", "EndDate", "Type", "ChannelLimit",
      "ProvisioningState");
  private static final List<String> TYPE_NAMES = List.of("IpToIp", "Authenticated");
  private static final List<String> STATE_NAMES = List.of("Inactive", "Provisioning", "Active", "Deprovisioning");

  /** How answers write the timestamps ({@code Created}, {@code Modified}, {@code EndDate}). */
  public enum Timestamps {
    /** Unix seconds, a whole number: the document's form. */
    UNIX_SECONDS,
    /** Unix seconds with a fraction, a JSON decimal number ({@code 1767603600.25}). */
    FRACTIONAL_SECONDS,
    /** ISO-8601 text in UTC ({@code "2026-01-05T09:00:00.250Z"}). */
    ISO_TEXT
  }

  private final Map<String, ObjectNode> trunks = new LinkedHashMap<>();
  private long sequence;
  private volatile String listField;
  private volatile boolean totalCount;
  private volatile String totalField = "TotalCount";
  private volatile boolean replaceOnPut;
  private volatile boolean enumNames;
  private volatile Timestamps timestamps = Timestamps.UNIX_SECONDS;
  private volatile boolean wrapDetails;
  private volatile boolean errorsWith200;
  private volatile int pageSizeCap;
  private volatile boolean ignoreOffset;
  private volatile boolean nullNumbers;

  public PropertiesV2Simulator() {
    route("GET", "/v2/Properties/{PropertySid}/SipTrunks", this::list);
    route("GET", "/v2/Properties/{PropertySid}/SipTrunk/{SipTrunkSid}/Details", this::details);
    route("POST", "/v2/Properties/{PropertySid}/SipTrunk", this::create);
    for (String method : List.of("PUT", "PATCH", "POST")) {
      route(method, "/v2/Properties/{PropertySid}/SipTrunk/{SipTrunkSid}", this::update);
    }
    route("DELETE", "/v2/Properties/{PropertySid}/SipTrunk/{SipTrunkSid}", this::delete);
  }

  @Override
  public String providerId() {
    return "properties-v2";
  }

  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.userPassword(ACCOUNT_SID, Secret.of(TOKEN)))
        .putSettings("property-sid", PROPERTY_SID)
        .build();
  }

  /** Answers the list wrapped as {@code {"<field>": [...]}} instead of a bare array; null for a bare array. */
  public PropertiesV2Simulator wrapList(String field) {
    this.listField = field;
    return this;
  }

  /** Adds {@code TotalCount} to a wrapped list answer. */
  public PropertiesV2Simulator sendTotalCount(boolean send) {
    this.totalCount = send;
    return this;
  }

  /**
   * A {@code PUT} replaces the trunk: every field of the documented body it leaves out is reset (the IP addresses
   * and credentials removed, {@code ChannelLimit} back to 1, the allowed countries back to AU, the references
   * removed), and a body without {@code Name}, {@code DefaultCallerId} or {@code Type} is refused as on create.
   * {@code PATCH} and {@code POST} still merge. The document marks every update field optional and its excerpt ends
   * before saying which; a client must send what is safe for either.
   */
  public PropertiesV2Simulator replaceOnPut() {
    this.replaceOnPut = true;
    return this;
  }

  /**
   * {@code Type} and {@code ProvisioningState} are answered by name ({@code "IpToIp"}, {@code "Authenticated"};
   * {@code "Inactive"}, {@code "Provisioning"}, {@code "Active"}, {@code "Deprovisioning"}), as ServiceStack writes
   * enums by default; a code with no name is answered as {@code "Code<n>"}.
   */
  public PropertiesV2Simulator answerEnumNames() {
    this.enumNames = true;
    return this;
  }

  /** Timestamps in answers are written as {@code style}. */
  public PropertiesV2Simulator answerTimestampsAs(Timestamps style) {
    this.timestamps = style;
    return this;
  }

  /** The details answer is ServiceStack's envelope: {@code {"Result": {…trunk…}, "ResponseStatus": {}}}. */
  public PropertiesV2Simulator wrapDetails() {
    this.wrapDetails = true;
    return this;
  }

  /**
   * Every error (400, 401, 404) is answered with HTTP 200 and the vendor's error body
   * ({@code {"ResponseStatus": {"ErrorCode", "Message"}}}), as a gateway that forwards errors under 200 would.
   */
  public PropertiesV2Simulator answerErrorsWith200() {
    this.errorsWith200 = true;
    return this;
  }

  /** The list is a Hydra collection: {@code {"hydra:member": […], "hydra:totalItems": n}}. */
  public PropertiesV2Simulator wrapListHydra() {
    this.listField = "hydra:member";
    this.totalField = "hydra:totalItems";
    this.totalCount = true;
    return this;
  }

  /** A page never holds more than {@code max} trunks, whatever {@code Results_Count} asked for (0: no cap). */
  public PropertiesV2Simulator capPageSize(int max) {
    this.pageSizeCap = max;
    return this;
  }

  /** {@code Results_Skip} is ignored: every request is answered with the first page. */
  public PropertiesV2Simulator ignoreOffset() {
    this.ignoreOffset = true;
    return this;
  }

  /**
   * Every number field the trunk lacks ({@code EndDate} of an active trunk, and so on) is answered as JSON
   * {@code null}, and so is {@code ChannelLimit} of every trunk: ServiceStack writes nullable numbers so.
   */
  public PropertiesV2Simulator answerNullNumbers() {
    this.nullNumbers = true;
    return this;
  }

  /** Five trunks of an Australian business: IP and authenticated, active, provisioning and deactivated. */
  @Override
  public void seedDemoData() {
    add(trunk("Sydney PBX primary", 0, 30, "+61291234567", 2, "SYD-PBX-01", null)
        .set("SipTrunkIpAddresses", ips("52.62.10.20/32", "52.62.10.21/32")));
    add(trunk("Melbourne contact centre", 1, 60, "+61391234567", 2, "MEL-CC", "SF-0012931")
        .set("SipTrunkCredentials", Json.object().put("Realm", "melb-cc.example.com.au")));
    ObjectNode brisbane = trunk("Brisbane branch office", 0, 10, "+61731234567", 1, "BNE-BR-02", null);
    brisbane.set("SipTrunkIpAddresses", ips("13.54.22.0/28"));
    brisbane.set("SipTrunkAllowedCountries", countries("AU", "NZ"));
    add(brisbane);
    ObjectNode perth = trunk("Perth warehouse", 1, 4, "+61891234567", 0, null, null);
    perth.set("SipTrunkCredentials", Json.object().put("Realm", "perth-wh.example.com.au"));
    perth.put("EndDate", perth.get("Modified").asLong());
    add(perth);
    ObjectNode adelaide = trunk("Adelaide failover", 0, 8, "+61881234567", 3, "ADL-FO", "CRM-4471");
    adelaide.set("SipTrunkIpAddresses", ips("3.104.90.17/32"));
    adelaide.put("EndDate", adelaide.get("Modified").asLong());
    add(adelaide);
  }

  /** Adds {@code count} active IP trunks named {@code Trunk 001}, …; for paging tests. */
  public void seedTrunks(int count) {
    for (int i = 1; i <= count; i++) {
      add(trunk(String.format("Trunk %03d", i), i % 2, 2, "+6129123" + String.format("%04d", i), 2, null, null)
          .set("SipTrunkIpAddresses", ips("52.62.10." + (i % 250 + 1) + "/32")));
    }
  }

  /** The trunks held now, as their details answers. */
  public synchronized List<JsonNode> trunks() {
    List<JsonNode> copy = new ArrayList<>();
    trunks.values().forEach(t -> copy.add(t.deepCopy()));
    return copy;
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    String expected = "Basic " + Base64.getEncoder()
        .encodeToString((ACCOUNT_SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    String given = request.header("Authorization").orElse("");
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      return Optional.of(error(401, "Unauthorized", "Invalid AccountSid or Token.")
          .withHeader("WWW-Authenticate", "Basic realm=\"api.fonedynamics.com\""));
    }
    if (!PROPERTY_SID.equals(request.pathParam("PropertySid"))) {
      return Optional.of(error(404, "PropertyNotFound", "The Property was not found."));
    }
    return Optional.empty();
  }

  private synchronized SimResponse list(SimRequest request) {
    Integer type;
    Boolean active;
    Integer state;
    long skip;
    long count;
    try {
      type = request.query("Type").map(Integer::valueOf).orElse(null);
      active = request.query("Active").map(PropertiesV2Simulator::bool).orElse(null);
      state = request.query("ProvisioningState").map(Integer::valueOf).orElse(null);
      skip = request.query("Results_Skip").map(Long::parseLong).orElse(0L);
      count = request.query("Results_Count").map(Long::parseLong).orElse((long) DEFAULT_COUNT);
    } catch (IllegalArgumentException e) {
      return error(400, "InvalidQuery", "A query parameter is not valid.");
    }
    if (skip < 0 || count < 0) {
      return error(400, "InvalidQuery", "Results_Skip and Results_Count must not be negative.");
    }
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode trunk : trunks.values()) {
      boolean isActive = !trunk.hasNonNull("EndDate");
      if ((type == null || trunk.get("Type").asInt() == type)
          && (active == null || active == isActive)
          && (state == null || trunk.get("ProvisioningState").asInt() == state)) {
        matching.add(trunk);
      }
    }
    if (ignoreOffset) {
      skip = 0;
    }
    if (pageSizeCap > 0) {
      count = Math.min(count, pageSizeCap);
    }
    ArrayNode page = Json.mapper().createArrayNode();
    for (long i = skip; i < Math.min(matching.size(), skip + count); i++) {
      page.add(answered(summary(matching.get((int) i))));
    }
    if (listField == null) {
      return SimResponse.json(200, page);
    }
    ObjectNode wrapped = Json.object();
    wrapped.set(listField, page);
    if (totalCount) {
      wrapped.put(totalField, matching.size());
    }
    return SimResponse.json(200, wrapped);
  }

  private synchronized SimResponse details(SimRequest request) {
    ObjectNode trunk = trunks.get(request.pathParam("SipTrunkSid"));
    if (trunk == null) {
      return notFound();
    }
    if (!wrapDetails) {
      return SimResponse.json(200, answered(trunk));
    }
    ObjectNode envelope = Json.object();
    envelope.set("Result", answered(trunk));
    envelope.putObject("ResponseStatus");
    return SimResponse.json(200, envelope);
  }

  private synchronized SimResponse create(SimRequest request) {
    JsonNode body = request.json();
    Optional<SimResponse> invalid = check(body, true);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    ObjectNode trunk = newTrunk();
    merge(trunk, body);
    if (!trunk.has("SipTrunkAllowedCountries")) {
      trunk.set("SipTrunkAllowedCountries", countries("AU"));
    }
    if (!trunk.has("ChannelLimit")) {
      trunk.put("ChannelLimit", 1);
    }
    trunk.put("ProvisioningState", 1);
    add(trunk);
    return SimResponse.json(200, Json.object().put("SipTrunkSid", trunk.get("SipTrunkSid").asText()));
  }

  /** The endpoint the SDK assumes for delete (undocumented): removes the trunk, 404 when unknown. */
  private synchronized SimResponse delete(SimRequest request) {
    return trunks.remove(request.pathParam("SipTrunkSid")) == null ? notFound() : SimResponse.empty(204);
  }

  private synchronized SimResponse update(SimRequest request) {
    ObjectNode trunk = trunks.get(request.pathParam("SipTrunkSid"));
    if (trunk == null) {
      return notFound();
    }
    JsonNode body = request.json();
    boolean replace = replaceOnPut && request.method().equals("PUT");
    Optional<SimResponse> invalid = check(body, replace);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    if (replace) {
      trunk.remove(WRITABLE);
      trunk.set("SipTrunkAllowedCountries", countries("AU"));
      trunk.put("ChannelLimit", 1);
    }
    merge(trunk, body);
    trunk.put("Modified", timestamp());
    return SimResponse.json(200, trunk);
  }

  private Optional<SimResponse> check(JsonNode body, boolean create) {
    if (!body.isObject()) {
      return Optional.of(error(400, "InvalidRequest", "The request body must be a JSON object."));
    }
    if (create) {
      for (String field : List.of("Name", "DefaultCallerId", "Type")) {
        if (!body.hasNonNull(field) || body.get(field).asText().isBlank()) {
          return Optional.of(error(400, "NotEmpty", "'" + field + "' must not be empty."));
        }
      }
    }
    if (body.has("DefaultCallerId") && !body.get("DefaultCallerId").asText().matches("\\+61[2-9]\\d{8}")) {
      return Optional.of(error(400, "InvalidCallerId",
          "DefaultCallerId must be a non-shared-rate, non-toll-free AU number in +E.164."));
    }
    if (body.has("Type")) {
      int type = body.get("Type").asInt(-1);
      if (type != 0 && type != 1) {
        return Optional.of(error(400, "InvalidType", "Type must be 0 or 1."));
      }
      if (type == 0 && (!body.has("SipTrunkIpAddresses") || body.get("SipTrunkIpAddresses").isEmpty())) {
        return Optional.of(error(400, "NotEmpty", "'SipTrunkIpAddresses' must not be empty when Type is 0."));
      }
      if (type == 1 && (!body.has("SipTrunkCredentials")
          || !body.get("SipTrunkCredentials").hasNonNull("Password"))) {
        return Optional.of(error(400, "NotEmpty", "'SipTrunkCredentials' must not be empty when Type is 1."));
      }
    }
    return Optional.empty();
  }

  /** Copies the body's fields; the password is accepted but never stored or answered. */
  private void merge(ObjectNode trunk, JsonNode body) {
    body.properties().forEach(field -> {
      switch (field.getKey()) {
        case "SipTrunkSid":
        case "Created":
        case "Modified":
        case "ProvisioningState":
          break;
        case "SipTrunkCredentials":
          ObjectNode credentials = field.getValue().deepCopy();
          credentials.remove("Password");
          trunk.set(field.getKey(), credentials);
          break;
        case "SipTrunkAllowedCountries":
          ArrayNode countries = Json.mapper().createArrayNode();
          field.getValue().forEach(c -> countries.add(stamped(c)));
          trunk.set(field.getKey(), countries);
          break;
        default:
          trunk.set(field.getKey(), field.getValue().deepCopy());
      }
    });
  }

  private ObjectNode trunk(String name, int type, int channels, String callerId, int state, String customerRef,
      String externalRef) {
    ObjectNode trunk = newTrunk();
    trunk.put("Name", name);
    trunk.put("Type", type);
    trunk.put("ChannelLimit", channels);
    trunk.put("DefaultCallerId", callerId);
    trunk.put("ProvisioningState", state);
    if (customerRef != null) {
      trunk.put("CustomerReference", customerRef);
    }
    if (externalRef != null) {
      trunk.put("ExternalReference", externalRef);
    }
    trunk.set("SipTrunkAllowedCountries", countries("AU"));
    return trunk;
  }

  private ObjectNode newTrunk() {
    ObjectNode trunk = Json.object();
    long now = timestamp();
    trunk.put("SipTrunkSid", sid(sequence));
    trunk.put("Created", now);
    trunk.put("Modified", now);
    return trunk;
  }

  private synchronized void add(ObjectNode trunk) {
    trunks.put(trunk.get("SipTrunkSid").asText(), trunk);
  }

  private ObjectNode stamped(JsonNode entry) {
    ObjectNode copy = entry.deepCopy();
    long now = timestamp();
    copy.put("Created", now);
    copy.put("Modified", now);
    return copy;
  }

  private ArrayNode countries(String... codes) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (String code : codes) {
      array.add(stamped(Json.object().put("CountryCode", code)));
    }
    return array;
  }

  private static ArrayNode ips(String... cidrs) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (String cidr : cidrs) {
      array.addObject().put("IpAddress", cidr);
    }
    return array;
  }

  private static ObjectNode summary(ObjectNode trunk) {
    ObjectNode summary = Json.object();
    trunk.properties().forEach(f -> {
      if (SUMMARY_FIELDS.contains(f.getKey())) {
        summary.set(f.getKey(), f.getValue());
      }
    });
    return summary;
  }

  /** A deterministic 32-character SID: {@code ST} and 30 capitals. */
  private static String sid(long n) {
    StringBuilder sb = new StringBuilder("ST");
    long x = n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    for (int i = 0; i < 30; i++) {
      x ^= x >>> 29;
      x *= 0xBF58476D1CE4E5B9L;
      sb.append((char) ('A' + Math.floorMod(x >>> 33, 26)));
    }
    return sb.toString();
  }

  /** Unix seconds, one minute later at each change, so answers are repeatable. */
  private long timestamp() {
    return EPOCH.plusSeconds(60 * sequence++).getEpochSecond();
  }

  private static Boolean bool(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a boolean");
  }

  /** A trunk as answers show it, after the switches on enum names, timestamps and null numbers. */
  private ObjectNode answered(ObjectNode stored) {
    ObjectNode trunk = stored.deepCopy();
    if (enumNames) {
      named(trunk, "Type", TYPE_NAMES);
      named(trunk, "ProvisioningState", STATE_NAMES);
    }
    for (String field : List.of("Created", "Modified", "EndDate")) {
      JsonNode value = trunk.get(field);
      if (value != null && value.isIntegralNumber() && timestamps != Timestamps.UNIX_SECONDS) {
        Instant at = Instant.ofEpochSecond(value.asLong(), 250_000_000);
        if (timestamps == Timestamps.FRACTIONAL_SECONDS) {
          trunk.put(field, new java.math.BigDecimal(value.asLong() + ".25"));
        } else {
          trunk.put(field, at.toString());
        }
      }
    }
    if (nullNumbers) {
      for (String field : NUMBER_FIELDS) {
        if (!trunk.has(field) || field.equals("ChannelLimit")) {
          trunk.putNull(field);
        }
      }
    }
    return trunk;
  }

  private static void named(ObjectNode trunk, String field, List<String> names) {
    JsonNode code = trunk.get(field);
    if (code != null && code.isInt()) {
      int c = code.asInt();
      trunk.put(field, c >= 0 && c < names.size() ? names.get(c) : "Code" + c);
    }
  }

  private SimResponse notFound() {
    return error(404, "NotFound", "The SIP trunk was not found.");
  }

  private SimResponse error(int status, String code, String message) {
    ObjectNode body = Json.object();
    body.putObject("ResponseStatus").put("ErrorCode", code).put("Message", message);
    return SimResponse.json(errorsWith200 ? 200 : status, body);
  }
}
