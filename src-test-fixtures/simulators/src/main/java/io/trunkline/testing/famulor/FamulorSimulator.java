package io.trunkline.testing.famulor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Famulor's SIP-trunk API on loopback, with state: a trunk created appears in list and get, updates change it
 * (and, like Famulor, give it new voice-trunk ids when credentials, address or inbound settings change), delete
 * removes it. It answers Famulor's documented bodies: 201 on create, 422 with {@code errors} per field on invalid
 * input, 409 on a duplicate (same phone number, user name and address), 404 on an unknown id, 401 without the
 * right bearer key. Every answer carries {@code X-RateLimit-*} headers (Famulor's 100 requests per minute);
 * {@link #enforceRateLimit} makes it answer 429 with Famulor's rate-limit body once the minute's budget is spent,
 * {@link #enforceDocumentedRateLimits} also once 20 came in 10 seconds.
 *
 * <p>Quirks, each a switch (the default is the documented behaviour): {@link #answerErrorsWith200()} (error
 * bodies under HTTP 200), {@link #rateLimitNext} (the rate-limit body for the next requests),
 * {@link #recreateWhenSent()} (voice trunks re-created whenever a re-creating field is sent),
 * {@link #echoPasswordInWriteAnswers()} (a write's answer echoes the password sent); {@link #recreations()} counts
 * the voice trunks re-created.
 */
public class FamulorSimulator extends VendorSimulator {
  /** The API key this simulator accepts. */
  public static final String API_KEY = "famulor-sim-4f1c9e2b7a";

  private static final String TRUNKS = "/api/user/phone-numbers/sip-trunks";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
  private static final Pattern IPV4 =
      Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
  private static final Set<String> FORMATS = Set.of("+e164", "e164", "national");
  private static final Set<String> AUTH_TYPES = Set.of("auth", "ip");
  private static final List<String> RESPONSE_FIELDS = List.of("id", "phone_number", "nickname", "sip_username",
      "sip_address", "sip_calling_format", "inbound_authorization_type", "allowed_inbound_ips", "outbound_proxy",
      "country_code", "inbound_trunk_id", "outbound_trunk_id", "created_at", "updated_at");
  private static final int DEFAULT_RATE_LIMIT = 100;

  private final Map<Long, ObjectNode> trunks = new LinkedHashMap<>();
  private final AtomicLong ids = new AtomicLong(41);
  private final AtomicLong voiceTrunks = new AtomicLong(0x5a3c01);
  private final Clock clock;
  private volatile boolean enforceRateLimit;
  private volatile int rateLimit = DEFAULT_RATE_LIMIT;
  private long windowStart;
  private int windowCount;
  private volatile int burstLimit;
  private long burstStart;
  private int burstCount;
  private int rateLimitNext;
  private int rateLimitNextWait;
  private volatile boolean errorsWith200;
  private volatile boolean recreateWhenSent;
  private volatile boolean echoPassword;
  private final AtomicLong recreations = new AtomicLong();
  private final AtomicLong rateLimitAnswers = new AtomicLong();

  public FamulorSimulator() {
    this(Clock.systemUTC());
  }

  /** A simulator whose timestamps and rate-limit windows follow {@code clock}. */
  public FamulorSimulator(Clock clock) {
    this.clock = clock;
    route("GET", TRUNKS, this::list);
    route("GET", TRUNKS + "/{id}", this::get);
    route("POST", TRUNKS, this::create);
    route("PUT", TRUNKS + "/{id}", this::update);
    route("DELETE", "/api/user/phone-numbers/{id}", this::delete);
  }

  @Override
  public String providerId() {
    return "famulor";
  }

  /**
   * The simulator's account, with the provider's client-side pacing {@code off} (setting {@code pacing}): the
   * simulator limits nothing unless told to, and the contract tests and the demo must not wait. Tests of pacing
   * open the provider without it.
   */
  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder().baseUrl(baseUrl()).credentials(Credentials.bearer(API_KEY))
        .putSettings("pacing", "off").build();
  }

  /** Five trunks as a small German agency might have them: extensions and DIDs, password and IP auth. */
  @Override
  public void seedDemoData() {
    seed("1000", "Zentrale Berlin", "berlin-zentrale", "sipgate.de", "+e164", "auth", List.of(), false, "DE");
    seed("+4930901820", "Vertrieb Hotline", "vertrieb_did", "sip.easybell.de", "national", "ip",
        List.of("203.0.113.10", "203.0.113.11"), true, "DE");
    seed("+14155551234", "US Support", "trunk_user", "sip.provider.com", "e164", "ip",
        List.of("198.51.100.20"), true, "US");
    seed("2001", "Wien Empfang", "wien-empfang", "sip.a1.net", "+e164", "auth", List.of(), false, "AT");
    seed("+442079460958", null, "london-sales", "voip.gamma.co.uk", "+e164", "auth", List.of(), false, "GB");
  }

  /** Answer 429 with Famulor's rate-limit body once {@code perMinute} requests were made in a clock minute. */
  public FamulorSimulator enforceRateLimit(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1");
    }
    this.rateLimit = perMinute;
    this.enforceRateLimit = true;
    return this;
  }

  /**
   * Famulor's documented limits, both enforced: 100 requests per clock minute and 20 per 10 seconds; a request
   * beyond either is answered 429 with Famulor's rate-limit body (whose {@code retry_after} is the rest of the
   * window).
   */
  public FamulorSimulator enforceDocumentedRateLimits() {
    enforceRateLimit(DEFAULT_RATE_LIMIT);
    this.burstLimit = 20;
    return this;
  }

  /**
   * Quirk: the next {@code requests} requests (after authorization) are answered with Famulor's rate-limit body
   * ({@code retry_after} = {@code retryAfterSeconds}) and are not carried out; 429 unless
   * {@link #answerErrorsWith200()}.
   */
  public synchronized FamulorSimulator rateLimitNext(int requests, int retryAfterSeconds) {
    this.rateLimitNext = requests;
    this.rateLimitNextWait = retryAfterSeconds;
    return this;
  }

  /**
   * Quirk: every error answer — the rate-limit body, {@code {"error": …}} (401, 404, 409, 500) and the 422
   * {@code {"message": …, "errors": …}} — comes with HTTP 200 instead of its status. Nothing is carried out, as
   * with the real status.
   */
  public FamulorSimulator answerErrorsWith200() {
    this.errorsWith200 = true;
    return this;
  }

  /**
   * Quirk (the cautious reading of Famulor's update page): a voice trunk is re-created whenever an update
   * <i>sends</i> a field that re-creates it, even with the value it already has. By default (the page's words:
   * "changing") only a changed value re-creates.
   */
  public FamulorSimulator recreateWhenSent() {
    this.recreateWhenSent = true;
    return this;
  }

  /**
   * Quirk (what a careless vendor build does): the answer to a create or an update that sent {@code sip_password}
   * echoes it, inside an extra field {@code sip_uri} ({@code sip:<user>:<password>@<address>}) whose name does not
   * look secret. By default no answer carries the password.
   */
  public FamulorSimulator echoPasswordInWriteAnswers() {
    this.echoPassword = true;
    return this;
  }

  /** The answer to a write: {@link #view} of the trunk, with the password echoed under the quirk. */
  private ObjectNode written(ObjectNode t, JsonNode body) {
    ObjectNode view = view(t, true);
    if (echoPassword && body.hasNonNull("sip_password")) {
      view.put("sip_uri", "sip:" + t.path("sip_username").asText() + ":" + body.get("sip_password").asText() + "@"
          + t.path("sip_address").asText());
    }
    return view;
  }

  /**
   * How many voice trunks were re-created by updates so far (an inbound and an outbound one re-created together
   * count 2): calls in progress on them drop.
   */
  public long recreations() {
    return recreations.get();
  }

  /** How many requests were answered with the rate-limit body (429 or, with the quirk, 200). */
  public long rateLimitAnswers() {
    return rateLimitAnswers.get();
  }

  /** The stored trunk {@code id} as Famulor would return it from get, if it exists. */
  public synchronized Optional<JsonNode> trunk(long id) {
    ObjectNode t = trunks.get(id);
    return t == null ? Optional.empty() : Optional.of(view(t, true));
  }

  /** The password stored for trunk {@code id}, for tests that check what was sent. */
  public synchronized Optional<String> storedPassword(long id) {
    ObjectNode t = trunks.get(id);
    return t == null ? Optional.empty() : Optional.ofNullable(t.path("sip_password").textValue());
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    Optional<String> header = request.header("Authorization");
    if (header.isEmpty()) {
      return Optional.of(error(401, "Missing Authorization header", "Authorization header is required"));
    }
    if (!header.get().equals("Bearer " + API_KEY)) {
      return Optional.of(error(401, "Invalid API key", "The provided API key is invalid or expired"));
    }
    return rateLimited();
  }

  private synchronized Optional<SimResponse> rateLimited() {
    long now = clock.instant().getEpochSecond();
    long minute = now / 60;
    if (minute != windowStart) {
      windowStart = minute;
      windowCount = 0;
    }
    windowCount++;
    if (now / 10 != burstStart) {
      burstStart = now / 10;
      burstCount = 0;
    }
    burstCount++;
    if (rateLimitNext > 0) {
      rateLimitNext--;
      return Optional.of(rateLimitBody(rateLimitNextWait));
    }
    if (enforceRateLimit && windowCount > rateLimit) {
      return Optional.of(rateLimitBody((windowStart + 1) * 60 - now));
    }
    if (burstLimit > 0 && burstCount > burstLimit) {
      return Optional.of(rateLimitBody((burstStart + 1) * 10 - now));
    }
    return Optional.empty();
  }

  private SimResponse rateLimitBody(long retryAfter) {
    rateLimitAnswers.incrementAndGet();
    ObjectNode body = Json.object().put("error", "Rate limit exceeded")
        .put("message", "Too many requests. Please try again later.")
        .put("retry_after", retryAfter);
    return limitHeaders(SimResponse.json(errorsWith200 ? 200 : 429, body));
  }

  private synchronized SimResponse limitHeaders(SimResponse response) {
    return response.withHeader("X-RateLimit-Limit", Integer.toString(rateLimit))
        .withHeader("X-RateLimit-Remaining", Integer.toString(Math.max(0, rateLimit - windowCount)))
        .withHeader("X-RateLimit-Reset", Long.toString((windowStart + 1) * 60));
  }

  private synchronized SimResponse list(SimRequest request) {
    ArrayNode data = Json.mapper().createArrayNode();
    trunks.values().forEach(t -> data.add(view(t, false)));
    return ok(200, Json.object().set("data", data));
  }

  private synchronized SimResponse get(SimRequest request) {
    ObjectNode t = find(request.pathParam("id"));
    if (t == null) {
      return error(404, "SIP trunk not found.", null);
    }
    return ok(200, Json.object().set("data", view(t, true)));
  }

  private synchronized SimResponse create(SimRequest request) {
    JsonNode body = request.json();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    String type = text(body, "sip_trunk_type");
    if (type == null) {
      add(errors, "sip_trunk_type", "The SIP trunk type is required.");
    } else if (!type.equals("extension") && !type.equals("number")) {
      add(errors, "sip_trunk_type", "SIP trunk type must be one of: extension, number.");
    }
    validatePhone(body, "number".equals(type), true, errors);
    validateCommon(body, true, errors);
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    if (duplicate(body, -1)) {
      return error(409, "A SIP trunk with the same phone number, username, and address already exists.", null);
    }
    String now = now();
    ObjectNode t = Json.object();
    t.put("id", ids.incrementAndGet());
    t.put("sip_trunk_type", type);
    t.put("phone_number", text(body, "phone_number"));
    t.put("nickname", text(body, "nickname"));
    t.put("sip_username", text(body, "sip_username"));
    t.put("sip_password", text(body, "sip_password"));
    t.put("sip_address", text(body, "sip_address"));
    t.put("sip_calling_format", text(body, "sip_calling_format"));
    t.put("inbound_authorization_type", text(body, "inbound_authorization_type"));
    if ("ip".equals(text(body, "inbound_authorization_type"))) {
      t.set("allowed_inbound_ips", body.get("allowed_inbound_ips").deepCopy());
    } else {
      t.putNull("allowed_inbound_ips");
    }
    t.put("outbound_proxy", body.path("outbound_proxy").asBoolean(false));
    t.put("country_code", text(body, "country_code"));
    t.put("inbound_trunk_id", voiceTrunkId());
    t.put("outbound_trunk_id", voiceTrunkId());
    t.put("created_at", now);
    t.put("updated_at", now);
    trunks.put(t.get("id").asLong(), t);
    return ok(201, Json.object().put("message", "SIP trunk created successfully.").set("data", written(t, body)));
  }

  private synchronized SimResponse update(SimRequest request) {
    ObjectNode t = find(request.pathParam("id"));
    if (t == null) {
      return error(404, "SIP trunk not found.", null);
    }
    JsonNode body = request.json();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (body.has("sip_trunk_type")) {
      add(errors, "sip_trunk_type", "The sip trunk type field is prohibited.");
    }
    validatePhone(body, false, false, errors);
    validateCommon(body, false, errors);
    String newAuth = body.has("inbound_authorization_type") ? text(body, "inbound_authorization_type") : null;
    if (body.has("allowed_inbound_ips") && !"auth".equals(newAuth) && !"ip".equals(newAuth)
        && "ip".equals(text(t, "inbound_authorization_type"))
        && body.get("allowed_inbound_ips").isArray() && body.get("allowed_inbound_ips").isEmpty()) {
      add(errors, "allowed_inbound_ips",
          "At least one allowed IP address is required when authorization type is \"ip\".");
    }
    if (!errors.isEmpty()) {
      return invalid(errors);
    }
    boolean inbound = false;
    boolean outbound = false;
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      String name = field.getKey();
      if (!t.has(name) && !name.equals("sip_password")) {
        continue;
      }
      if (Set.of("id", "inbound_trunk_id", "outbound_trunk_id", "created_at", "updated_at").contains(name)) {
        continue;
      }
      JsonNode before = t.get(name);
      if (field.getValue().equals(before) && !recreateWhenSent) {
        continue;
      }
      t.set(name, field.getValue().deepCopy());
      switch (name) {
        case "sip_username": case "sip_password": case "phone_number":
          inbound = true;
          outbound = true;
          break;
        case "sip_address": case "outbound_proxy":
          outbound = true;
          break;
        case "inbound_authorization_type": case "allowed_inbound_ips":
          inbound = true;
          break;
        default:
          break;
      }
    }
    if ("auth".equals(text(t, "inbound_authorization_type"))) {
      t.putNull("allowed_inbound_ips");
    }
    if (inbound) {
      t.put("inbound_trunk_id", voiceTrunkId());
      recreations.incrementAndGet();
    }
    if (outbound) {
      t.put("outbound_trunk_id", voiceTrunkId());
      recreations.incrementAndGet();
    }
    t.put("updated_at", now());
    return ok(200, Json.object().put("message", "SIP trunk updated successfully.").set("data", written(t, body)));
  }

  private synchronized SimResponse delete(SimRequest request) {
    ObjectNode t = find(request.pathParam("id"));
    if (t == null) {
      return error(404, "Phone number not found.", null);
    }
    trunks.remove(t.get("id").asLong());
    return ok(200, Json.object().put("message", "Phone number deleted successfully."));
  }

  private void validatePhone(JsonNode body, boolean number, boolean required, Map<String, List<String>> errors) {
    if (!body.has("phone_number")) {
      if (required) {
        add(errors, "phone_number", "The phone number is required.");
      }
      return;
    }
    String phone = text(body, "phone_number");
    if (phone == null || phone.isEmpty()) {
      add(errors, "phone_number", "The phone number is required.");
    } else if (number && !E164.matcher(phone).matches()) {
      add(errors, "phone_number", "The phone number must be in E.164 format.");
    } else if (!number && (phone.length() > 15 && !E164.matcher(phone).matches())) {
      add(errors, "phone_number", "The phone number may not be greater than 15 characters.");
    }
  }

  private void validateCommon(JsonNode body, boolean create, Map<String, List<String>> errors) {
    if (body.has("nickname") && !body.get("nickname").isNull()) {
      String nickname = text(body, "nickname");
      if (nickname == null || nickname.codePointCount(0, nickname.length()) > 50) {
        add(errors, "nickname", "The nickname may not be greater than 50 characters.");
      }
    }
    lengthRule(body, "sip_username", 3, 128, create, "SIP username", errors);
    lengthRule(body, "sip_password", 3, Integer.MAX_VALUE, create, "SIP password", errors);
    if (body.has("sip_address") || create) {
      String address = text(body, "sip_address");
      if (address == null || address.isBlank()) {
        add(errors, "sip_address", "SIP server address is required.");
      } else if (address.matches(".*:[0-9]+$") && !address.contains("::") && address.indexOf(':') == address.lastIndexOf(':')) {
        add(errors, "sip_address", "SIP server address must not contain a port.");
      }
    }
    enumRule(body, "sip_calling_format", FORMATS, create,
        "SIP calling format must be one of: +e164, e164, national.", errors);
    enumRule(body, "inbound_authorization_type", AUTH_TYPES, create,
        "Inbound authorization type must be one of: auth, ip.", errors);
    if ("ip".equals(text(body, "inbound_authorization_type"))) {
      JsonNode ips = body.get("allowed_inbound_ips");
      if (ips == null || !ips.isArray() || ips.isEmpty()) {
        add(errors, "allowed_inbound_ips",
            "At least one allowed IP address is required when authorization type is \"ip\".");
      }
    }
    JsonNode ips = body.get("allowed_inbound_ips");
    if (ips != null && ips.isArray()) {
      for (int i = 0; i < ips.size(); i++) {
        String ip = ips.get(i).textValue();
        if (ip == null || !(IPV4.matcher(ip).matches() || ip.contains(":") && ip.matches("[0-9A-Fa-f:.]+"))) {
          add(errors, "allowed_inbound_ips." + i, "The allowed_inbound_ips." + i + " must be a valid IP address.");
        }
      }
    }
    if (body.has("country_code") || create) {
      String country = text(body, "country_code");
      if (country == null || !country.matches("[A-Za-z]{2}")) {
        add(errors, "country_code", "The country code must be 2 characters.");
      }
    }
    if (body.has("outbound_proxy") && !body.get("outbound_proxy").isBoolean()) {
      add(errors, "outbound_proxy", "The outbound proxy field must be true or false.");
    }
  }

  private static void lengthRule(JsonNode body, String field, int min, int max, boolean required, String label,
      Map<String, List<String>> errors) {
    if (!body.has(field) && !required) {
      return;
    }
    String value = text(body, field);
    if (value == null || value.isEmpty()) {
      add(errors, field, label + " is required.");
    } else if (value.length() < min) {
      add(errors, field, label + " must be at least " + min + " characters.");
    } else if (value.length() > max) {
      add(errors, field, label + " may not be greater than " + max + " characters.");
    }
  }

  private static void enumRule(JsonNode body, String field, Set<String> allowed, boolean required, String message,
      Map<String, List<String>> errors) {
    if (!body.has(field) && !required) {
      return;
    }
    String value = text(body, field);
    if (value == null || !allowed.contains(value)) {
      add(errors, field, message);
    }
  }

  private boolean duplicate(JsonNode body, long except) {
    for (ObjectNode t : trunks.values()) {
      if (t.get("id").asLong() != except
          && t.path("phone_number").asText().equals(text(body, "phone_number"))
          && t.path("sip_username").asText().equals(text(body, "sip_username"))
          && t.path("sip_address").asText().equalsIgnoreCase(String.valueOf(text(body, "sip_address")))) {
        return true;
      }
    }
    return false;
  }

  private synchronized void seed(String phone, String nickname, String user, String address, String format,
      String auth, List<String> ips, boolean proxy, String country) {
    ObjectNode t = Json.object();
    long id = ids.incrementAndGet();
    String created = TIMESTAMP.format(Instant.parse("2026-03-02T09:15:00Z").plus(id - 42, ChronoUnit.DAYS));
    t.put("id", id);
    t.put("sip_trunk_type", phone.startsWith("+") ? "number" : "extension");
    t.put("phone_number", phone);
    t.put("nickname", nickname);
    t.put("sip_username", user);
    t.put("sip_password", "demo-" + user);
    t.put("sip_address", address);
    t.put("sip_calling_format", format);
    t.put("inbound_authorization_type", auth);
    if (ips.isEmpty()) {
      t.putNull("allowed_inbound_ips");
    } else {
      ArrayNode list = t.putArray("allowed_inbound_ips");
      ips.forEach(list::add);
    }
    t.put("outbound_proxy", proxy);
    t.put("country_code", country);
    t.put("inbound_trunk_id", voiceTrunkId());
    t.put("outbound_trunk_id", voiceTrunkId());
    t.put("created_at", created);
    t.put("updated_at", created);
    trunks.put(id, t);
  }

  /** A trunk as Famulor shows it: no password, no type; the list leaves out the voice-trunk ids. */
  private static ObjectNode view(ObjectNode t, boolean single) {
    ObjectNode out = Json.object();
    for (String field : RESPONSE_FIELDS) {
      if (!single && (field.equals("inbound_trunk_id") || field.equals("outbound_trunk_id"))) {
        continue;
      }
      JsonNode value = t.get(field);
      out.set(field, value == null ? Json.mapper().nullNode() : value.deepCopy());
    }
    return out;
  }

  private ObjectNode find(String id) {
    if (id == null || !id.matches("[0-9]{1,18}")) {
      return null;
    }
    return trunks.get(Long.parseLong(id));
  }

  private String voiceTrunkId() {
    return "ST_" + Long.toHexString(voiceTrunks.incrementAndGet() * 7919).toUpperCase();
  }

  private String now() {
    return TIMESTAMP.format(clock.instant().truncatedTo(ChronoUnit.MICROS));
  }

  private SimResponse ok(int status, JsonNode body) {
    return limitHeaders(SimResponse.json(errorsWith200 ? 200 : status, body));
  }

  private SimResponse invalid(Map<String, List<String>> errors) {
    ObjectNode body = Json.object().put("message", "The given data was invalid.");
    ObjectNode fields = body.putObject("errors");
    errors.forEach((field, messages) -> {
      ArrayNode list = fields.putArray(field);
      messages.forEach(list::add);
    });
    return limitHeaders(SimResponse.json(errorsWith200 ? 200 : 422, body));
  }

  private SimResponse error(int status, String error, String message) {
    ObjectNode body = Json.object().put("error", error);
    if (message != null) {
      body.put("message", message);
    }
    return limitHeaders(SimResponse.json(errorsWith200 ? 200 : status, body));
  }

  private static void add(Map<String, List<String>> errors, String field, String message) {
    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || !value.isTextual() ? null : value.textValue();
  }
}
