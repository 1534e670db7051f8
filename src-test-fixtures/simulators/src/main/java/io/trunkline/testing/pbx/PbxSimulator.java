package io.trunkline.testing.pbx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.Payloads;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PortSIP PBX (REST API v22) on loopback, stateful: trunks ("providers") created show up in the listing and in
 * detail, updates change them, destroy removes them; the listing honours {@code skip}, {@code top}, a subset of
 * {@code filter} ({@code field eq|ne 'v'}, {@code contains|startswith|endswith(field,'v')}, joined by one kind of
 * {@code and}/{@code or}), {@code search} and {@code orderby}. Sign-in ({@code POST /api/auth/sign_in}) issues
 * access tokens that expire after {@link #tokenLifetime(Duration)} on the simulator's clock, and refresh tokens;
 * every other call needs a valid token. Errors use the PBX body {@code {"errors":[{code, message, detail}]}}.
 */
public class PbxSimulator extends VendorSimulator {
  /** The user {@link #config()} signs in as. */
  public static final String USER = "admin";
  /** That user's password. */
  public static final String PASSWORD = "Trunk-Sim-Pa55";
  /** A user whose sign-in asks for a two-factor code. */
  public static final String TWO_FACTOR_USER = "secure-admin";

  private static final String[] REQUIRED = {
    "name", "transport", "hostname", "port", "outbound_server", "outbound_server_port", "concurrency"
  };
  private static final String[] SUMMARY = {
    "id", "name", "enabled", "brand", "hostname", "port", "did_numbers", "shared"
  };
  private static final Set<String> TRANSPORTS = Set.of("UDP", "TCP", "TLS");
  private static final Set<String> AUTH_MODES = Set.of("IP_AUTH", "REGISTER_AUTH", "ACCEPT_REGISTER", "TEAMS",
      "WHATS_APP");
  private static final Pattern TERM = Pattern.compile(
      "\\s*(?:(\\w+)\\s+(eq|ne)\\s+'((?:[^']|'')*)'|(contains|startswith|endswith)\\((\\w+)\\s*,\\s*'((?:[^']|'')*)'\\))\\s*");

  private final Map<String, ObjectNode> trunks = new LinkedHashMap<>();
  private final Map<String, String> trunkPasswords = new LinkedHashMap<>();
  private final Map<String, Map<String, ObjectNode>> assignees = new LinkedHashMap<>();
  private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
  private final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
  private final AtomicInteger signIns = new AtomicInteger();
  private final AtomicInteger refreshes = new AtomicInteger();
  private volatile Duration tokenLifetime = Duration.ofMinutes(30);
  private volatile Clock clock = Clock.systemUTC();
  private volatile boolean fullListItems;
  private volatile boolean unknownIdsAs400;
  private volatile boolean errorsWith200;
  private volatile boolean expiredTokensAs400;
  private volatile int refreshFailure;
  private volatile int signInFailure;
  private final AtomicInteger failingDetailReads = new AtomicInteger();
  private volatile int detailReadFailure = 500;
  private volatile long exportSize = -1;
  private long nextId = 700551909773148160L;

  public PbxSimulator() {
    route("POST", "/api/auth/sign_in", this::signIn);
    route("POST", "/api/auth/refresh_token", this::refreshToken);
    route("GET", "/api/providers", this::list);
    route("POST", "/api/providers", this::create);
    route("GET", "/api/providers/export", this::export);
    route("GET", "/api/providers/{id}", this::get);
    route("POST", "/api/providers/{id}", this::update);
    route("GET", "/api/providers/{id}/status", this::status);
    route("POST", "/api/providers/{id}/destroy", this::destroy);
    route("GET", "/api/providers/{id}/assignees", this::listAssignees);
    route("GET", "/api/providers/{id}/assignees/{tenant_id}", this::getAssignee);
    route("POST", "/api/providers/{id}/assignees/{tenant_id}", this::assign);
    route("POST", "/api/providers/{id}/assignees/{tenant_id}/destroy", this::unassign);
  }

  @Override
  public String providerId() {
    return "pbx";
  }

  /** Signs in as {@link #USER} with {@link #PASSWORD}. */
  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder().baseUrl(baseUrl())
        .credentials(Credentials.userPassword(USER, Secret.of(PASSWORD)))
        .build();
  }

  /** A config with a bearer token this simulator accepts (issued now, expiring after the token lifetime). */
  public ProviderConfig bearerConfig() {
    return ProviderConfig.builder().baseUrl(baseUrl()).credentials(Credentials.bearer(issueToken()))
        .build();
  }

  /** Issues a valid access token without a sign-in. */
  public String issueToken() {
    String token = "at-" + UUID.randomUUID();
    accessTokens.put(token, clock.instant().plus(tokenLifetime));
    return token;
  }

  /** How long issued access tokens live (reported as {@code expires_in}); default 30 minutes. */
  public PbxSimulator tokenLifetime(Duration lifetime) {
    this.tokenLifetime = lifetime;
    return this;
  }

  /**
   * Lists every field of each trunk (as its detail shows it) instead of the documented summary ({@code id, name,
   * enabled, brand, hostname, port, did_numbers, shared}); off by default. For readers that must map a rich list
   * item as they map the detail.
   */
  public PbxSimulator fullListItems(boolean on) {
    this.fullListItems = on;
    return this;
  }

  /**
   * Answers an id it does not have with 400 {@code {"errors":[{"code":"UNKNOWN","message":"Invalid provider ID
   * supplied."}]}} (the form the PBX's spec declares for destroy) instead of 404 {@code UNKNOWN}; off by default.
   */
  public PbxSimulator unknownIdsAs400() {
    this.unknownIdsAs400 = true;
    return this;
  }

  /**
   * Sends every error body (validation, not found, conflict, a refused token) with status 200 instead of its 4xx,
   * as a PBX behind a proxy that rewrites statuses may; off by default. Nothing is changed by such a call.
   */
  public PbxSimulator answerErrorsWith200() {
    this.errorsWith200 = true;
    return this;
  }

  /**
   * Answers an expired or unknown access token with 400 {@code UNAUTHORIZED} (the PBX's status for authentication
   * errors, as its sign-in does) instead of 401; off by default.
   */
  public PbxSimulator expiredTokensAs400() {
    this.expiredTokensAs400 = true;
    return this;
  }

  /**
   * {@code POST /api/auth/refresh_token} answers {@code status} with an {@code UNKNOWN} error body (0: works, the
   * default), as when the PBX is restarting or the refresh token was lost.
   */
  public PbxSimulator failRefreshes(int status) {
    this.refreshFailure = status;
    return this;
  }

  /** {@code POST /api/auth/sign_in} answers {@code status} with an {@code UNKNOWN} error body (0: works, the default). */
  public PbxSimulator failSignIns(int status) {
    this.signInFailure = status;
    return this;
  }

  /**
   * The next {@code times} reads of one trunk ({@code GET /api/providers/{id}}) answer {@code status} (say 500)
   * while writes still work: a create or update that is applied, then cannot be read back.
   */
  public PbxSimulator failDetailReads(int times, int status) {
    this.detailReadFailure = status;
    this.failingDetailReads.set(times);
    return this;
  }

  /**
   * The export is a file of exactly {@code bytes} bytes (CSV rows repeated) instead of one row per trunk; -1 (the
   * default) for the trunks. For exports larger than a response limit.
   */
  public PbxSimulator exportSize(long bytes) {
    this.exportSize = bytes;
    return this;
  }

  /** The clock token expiry is judged by. */
  public PbxSimulator clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Makes every access token issued so far invalid (as after a PBX restart); refresh tokens stay valid. */
  public void revokeAccessTokens() {
    accessTokens.clear();
  }

  /** Successful and failed calls of {@code POST /api/auth/sign_in}. */
  public int signInCount() {
    return signIns.get();
  }

  /** Calls of {@code POST /api/auth/refresh_token}. */
  public int refreshCount() {
    return refreshes.get();
  }

  /** The number of trunks held. */
  public synchronized int trunkCount() {
    return trunks.size();
  }

  /** The stored trunk, as the detail endpoint shows it. */
  public synchronized Optional<JsonNode> trunk(String id) {
    return Optional.ofNullable(trunks.get(id)).map(JsonNode::deepCopy);
  }

  /** The password stored for a trunk (never returned by the API). */
  public synchronized Optional<String> trunkPassword(String id) {
    return Optional.ofNullable(trunkPasswords.get(id));
  }

  /** Adds a trunk as given (no checks) with defaults for what it lacks; returns its id. */
  public synchronized String addTrunk(ObjectNode fields) {
    ObjectNode trunk = withDefaults(fields);
    String id = newId();
    trunk.put("id", id);
    trunks.put(id, reorder(trunk));
    return id;
  }

  /** Adds {@code count} generated trunks named {@code trunk-0001}, … ; returns their ids in order. */
  public synchronized List<String> addTrunks(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ObjectNode t = Json.object().put("name", String.format(Locale.ROOT, "trunk-%04d", i))
          .put("brand", "Generated").put("auth_mode", i % 2 == 0 ? "IP_AUTH" : "REGISTER_AUTH")
          .put("transport", "UDP").put("hostname", "sip" + i + ".example.net").put("port", 5060)
          .put("outbound_server", "sip" + i + ".example.net").put("outbound_server_port", 5060)
          .put("concurrency", 10).put("did_numbers", String.valueOf(3000 + i));
      ids.add(addTrunk(t));
    }
    return ids;
  }

  /** Assigns a trunk to a tenant (for the destroy-in-use case). */
  public synchronized void addAssignee(String trunkId, String tenantId, String didNumbers, int concurrency) {
    assignees.computeIfAbsent(trunkId, k -> new LinkedHashMap<>()).put(tenantId, Json.object()
        .put("tenant_id", tenantId).put("tenant_name", "Tenant " + tenantId).put("did_numbers", didNumbers)
        .put("concurrency", concurrency));
  }

  /** Six realistic trunks: carriers with registration, IP auth, Microsoft Teams, and a disabled backup. */
  @Override
  public synchronized void seedDemoData() {
    addTrunk(demo("Twilio Elastic SIP (EU)", "Twilio", "REGISTER_AUTH", "TLS", "acme.pstn.dublin.twilio.com", 5061,
        30, "31201234500-31201234599", null).put("auth_id", "acme-eu").put("username", "acme-eu"));
    addTrunk(demo("Telnyx US", "Telnyx", "REGISTER_AUTH", "TLS", "sip.telnyx.com", 5061, 40,
        "12025550100-12025550199", null).put("auth_id", "acmeus").put("username", "acmeus"));
    addTrunk(demo("BT SIP Trunk (UK)", "BT", "IP_AUTH", "UDP", "203.0.113.10", 5060, 20,
        "442071234000-442071234099", "203.0.113.0/28;198.51.100.7/32").put("registration", false));
    addTrunk(demo("sipgate team", "sipgate", "REGISTER_AUTH", "UDP", "sipgate.de", 5060, 10, "4930123456", null)
        .put("auth_id", "2345678e0").put("username", "2345678e0"));
    addTrunk(demo("Teams Direct Routing", "Microsoft", "TEAMS", "TLS", "sip.pstnhub.microsoft.com", 5061, 100,
        null, null).put("registration", false));
    addTrunk(demo("Backup carrier (disabled)", "Voxbone", "ACCEPT_REGISTER", "TCP", "198.51.100.20", 5060, 5,
        "3225550000;3225550001", "198.51.100.20/32").put("enabled", false));
  }

  private static ObjectNode demo(String name, String brand, String authMode, String transport, String host, int port,
      int concurrency, String dids, String ips) {
    ObjectNode t = Json.object().put("name", name).put("brand", brand).put("auth_mode", authMode)
        .put("transport", transport).put("hostname", host).put("port", port).put("outbound_server", host)
        .put("outbound_server_port", port).put("concurrency", concurrency);
    if (dids != null) {
      t.put("did_numbers", dids);
    }
    if (ips != null) {
      t.put("additional_ips", ips);
    }
    return t;
  }

  // ---- authentication ----------------------------------------------------------------------------------------

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    if (request.rawPath().startsWith("/api/auth/")) {
      return Optional.empty();
    }
    String header = request.header("Authorization").orElse("");
    int refused = expiredTokensAs400 ? 400 : 401;
    if (!header.startsWith("Bearer ")) {
      return Optional.of(error(refused, "UNAUTHORIZED", "Authorization required", null));
    }
    Instant expiry = accessTokens.get(header.substring(7));
    if (expiry == null || !clock.instant().isBefore(expiry)) {
      return Optional.of(error(refused, "UNAUTHORIZED", "The access token is invalid or has expired", null));
    }
    return Optional.empty();
  }

  private SimResponse signIn(SimRequest request) {
    signIns.incrementAndGet();
    if (signInFailure != 0) {
      return error(signInFailure, "UNKNOWN", "The sign-in is not available", null);
    }
    JsonNode body = request.json();
    String user = text(body, "username");
    String password = text(body, "password");
    if (TWO_FACTOR_USER.equals(user) && PASSWORD.equals(password)) {
      return SimResponse.json(200, Payloads.json("pbx/sign-in-two-factor.json"));
    }
    if (!USER.equals(user) || !PASSWORD.equals(password)) {
      return errorBody(400, Payloads.json("pbx/error-login-failed.json"));
    }
    return SimResponse.json(200, newToken());
  }

  private SimResponse refreshToken(SimRequest request) {
    refreshes.incrementAndGet();
    if (refreshFailure != 0) {
      return error(refreshFailure, "UNKNOWN", "The token cannot be refreshed now", null);
    }
    String refresh = text(request.json(), "refresh_token");
    if (refresh == null || refreshTokens.remove(refresh) == null) {
      return error(400, "UNAUTHORIZED", "The refresh token is invalid", null);
    }
    return SimResponse.json(200, newToken());
  }

  private ObjectNode newToken() {
    String access = issueToken();
    String refresh = "rt-" + UUID.randomUUID();
    refreshTokens.put(refresh, access);
    return Json.object().put("token_type", "Bearer").put("access_token", access).put("refresh_token", refresh)
        .put("expires_in", tokenLifetime.toSeconds());
  }

  // ---- trunks --------------------------------------------------------------------------------------------------

  private synchronized SimResponse list(SimRequest request) {
    long skip;
    long top;
    try {
      skip = Long.parseLong(request.query("skip").orElse("0"));
      top = Long.parseLong(request.query("top").orElse("100"));
    } catch (NumberFormatException e) {
      return validation("skip/top must be integers");
    }
    if (skip < 0 || top < 1 || top > 100) {
      return validation("skip must be at least 0 and top between 1 and 100");
    }
    Predicate<JsonNode> filter;
    try {
      filter = filter(request.query("filter").orElse(null));
    } catch (IllegalArgumentException e) {
      return validation(e.getMessage());
    }
    String search = request.query("search").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode t : trunks.values()) {
      if (filter.test(t) && (search == null || matchesSearch(t, search))) {
        matching.add(t);
      }
    }
    Optional<String> orderby = request.query("orderby");
    if (orderby.isPresent()) {
      String[] parts = orderby.get().trim().split("\\s+");
      String field = parts[0];
      Comparator<JsonNode> order = Comparator.comparing(t -> t.path(field).asText(""));
      matching.sort(parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? order.reversed() : order);
    }
    ArrayNode items = Json.mapper().createArrayNode();
    for (long i = skip; i < matching.size() && i < skip + top; i++) {
      ObjectNode t = matching.get((int) i);
      if (fullListItems) {
        items.add(t.deepCopy());
        continue;
      }
      ObjectNode summary = items.addObject();
      for (String f : SUMMARY) {
        summary.set(f, t.get(f));
      }
    }
    ObjectNode page = Json.object().put("count", matching.size());
    page.set("items", items);
    return SimResponse.json(200, page);
  }

  private synchronized SimResponse create(SimRequest request) {
    JsonNode body = request.json();
    if (!body.isObject()) {
      return validation("the body must be a JSON object");
    }
    Map<String, String> problems = new LinkedHashMap<>();
    for (String f : REQUIRED) {
      if (!body.hasNonNull(f)) {
        problems.put(f, f + " is required");
      }
    }
    check(body, problems);
    if (!problems.isEmpty()) {
      return validation(problems);
    }
    ObjectNode trunk = withDefaults((ObjectNode) body.deepCopy());
    String password = text(trunk, "password");
    trunk.remove("password");
    String id = newId();
    trunk.put("id", id);
    trunks.put(id, reorder(trunk));
    if (password != null) {
      trunkPasswords.put(id, password);
    }
    return SimResponse.json(201, Json.object().put("id", id));
  }

  private synchronized SimResponse get(SimRequest request) {
    if (failingDetailReads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return error(detailReadFailure, "UNKNOWN", "Internal error", null);
    }
    ObjectNode trunk = trunks.get(request.pathParam("id"));
    return trunk == null ? notFound() : SimResponse.json(200, trunk);
  }

  private synchronized SimResponse update(SimRequest request) {
    String id = request.pathParam("id");
    ObjectNode trunk = trunks.get(id);
    if (trunk == null) {
      return notFound();
    }
    JsonNode body = request.json();
    Map<String, String> problems = new LinkedHashMap<>();
    for (String f : new String[] {"brand", "auth_mode", "id", "shared"}) {
      if (body.has(f)) {
        problems.put(f, f + " cannot be changed");
      }
    }
    check(body, problems);
    if (!problems.isEmpty()) {
      return validation(problems);
    }
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      if (e.getKey().equals("password")) {
        trunkPasswords.put(id, e.getValue().asText());
      } else if (e.getValue().isObject() && trunk.path(e.getKey()).isObject()) {
        ((ObjectNode) trunk.get(e.getKey())).setAll((ObjectNode) e.getValue());
      } else {
        trunk.set(e.getKey(), e.getValue());
      }
    }
    return SimResponse.empty(200);
  }

  private synchronized SimResponse status(SimRequest request) {
    ObjectNode trunk = trunks.get(request.pathParam("id"));
    if (trunk == null) {
      return notFound();
    }
    return SimResponse.json(200, Json.object().put("status", trunk.path("enabled").asBoolean(true) ? "ONLINE"
        : "OFFLINE"));
  }

  private synchronized SimResponse destroy(SimRequest request) {
    String id = request.pathParam("id");
    if (!trunks.containsKey(id)) {
      return notFound();
    }
    if (!assignees.getOrDefault(id, Map.of()).isEmpty()) {
      return error(409, "RESOURCE_IN_USE", "The provider is assigned to tenants", null);
    }
    trunks.remove(id);
    trunkPasswords.remove(id);
    assignees.remove(id);
    return SimResponse.empty(204);
  }

  private synchronized SimResponse export(SimRequest request) {
    if (exportSize >= 0) {
      byte[] row = "id,name,enabled,brand,auth_mode,transport,hostname,port\n".getBytes(StandardCharsets.UTF_8);
      byte[] file = new byte[(int) exportSize];
      for (int i = 0; i < file.length; i++) {
        file[i] = row[i % row.length];
      }
      return SimResponse.bytes(200, "application/octet-stream", file);
    }
    StringBuilder csv = new StringBuilder("id,name,enabled,brand,auth_mode,transport,hostname,port,outbound_server,"
        + "outbound_server_port,concurrency,did_numbers\n");
    for (ObjectNode t : trunks.values()) {
      String[] fields = {"id", "name", "enabled", "brand", "auth_mode", "transport", "hostname", "port",
        "outbound_server", "outbound_server_port", "concurrency", "did_numbers"};
      for (int i = 0; i < fields.length; i++) {
        JsonNode v = t.get(fields[i]);
        String s = v == null || v.isNull() ? "" : v.asText();
        csv.append(i == 0 ? "" : ",").append(s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"")
            + '"' : s);
      }
      csv.append('\n');
    }
    return SimResponse.bytes(200, "application/octet-stream", csv.toString().getBytes(StandardCharsets.UTF_8))
        .withHeader("Content-Disposition", "attachment; filename=\"providers.csv\"");
  }

  // ---- tenant assignees -----------------------------------------------------------------------------------------

  private synchronized SimResponse listAssignees(SimRequest request) {
    String id = request.pathParam("id");
    if (!trunks.containsKey(id)) {
      return notFound();
    }
    ArrayNode items = Json.mapper().createArrayNode();
    assignees.getOrDefault(id, Map.of()).values().forEach(items::add);
    ObjectNode body = Json.object();
    body.set("items", items);
    return SimResponse.json(200, body);
  }

  private synchronized SimResponse getAssignee(SimRequest request) {
    String id = request.pathParam("id");
    ObjectNode a = assignees.getOrDefault(id, Map.of()).get(request.pathParam("tenant_id"));
    return !trunks.containsKey(id) ? notFound() : a == null ? notAssigned() : SimResponse.json(200, a);
  }

  private synchronized SimResponse assign(SimRequest request) {
    String id = request.pathParam("id");
    if (!trunks.containsKey(id)) {
      return notFound();
    }
    JsonNode body = request.json();
    Map<String, String> problems = new LinkedHashMap<>();
    if (body.hasNonNull("did_numbers") && !validDids(body.get("did_numbers").asText())) {
      problems.put("did_numbers", "did_numbers must be numbers or ranges separated by ';'");
    }
    if (!problems.isEmpty()) {
      return validation(problems);
    }
    String tenant = request.pathParam("tenant_id");
    ObjectNode a = assignees.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(tenant,
        k -> Json.object().put("tenant_id", k).put("tenant_name", "Tenant " + k));
    if (body.has("did_numbers")) {
      a.set("did_numbers", body.get("did_numbers"));
    }
    if (body.has("concurrency")) {
      a.set("concurrency", body.get("concurrency"));
    }
    return SimResponse.empty(204);
  }

  private synchronized SimResponse unassign(SimRequest request) {
    String id = request.pathParam("id");
    if (!trunks.containsKey(id)) {
      return notFound();
    }
    Map<String, ObjectNode> of = assignees.get(id);
    if (of == null || of.remove(request.pathParam("tenant_id")) == null) {
      return notAssigned();
    }
    return SimResponse.empty(204);
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private String newId() {
    return Base64.getEncoder().encodeToString(String.valueOf(nextId++).getBytes(StandardCharsets.US_ASCII));
  }

  private static void check(JsonNode body, Map<String, String> problems) {
    JsonNode name = body.get("name");
    if (name != null && (!name.isTextual() || name.asText().isEmpty() || name.asText().length() > 64)) {
      problems.put("name", "name must be 1 to 64 characters");
    }
    JsonNode transport = body.get("transport");
    if (transport != null && !TRANSPORTS.contains(transport.asText())) {
      problems.put("transport", "transport must be UDP, TCP or TLS");
    }
    JsonNode authMode = body.get("auth_mode");
    if (authMode != null && !authMode.isNull() && !AUTH_MODES.contains(authMode.asText())) {
      problems.put("auth_mode", "auth_mode is not valid");
    }
    for (String f : new String[] {"port", "outbound_server_port"}) {
      JsonNode p = body.get(f);
      if (p != null && (!p.isInt() || p.asInt() < 0 || p.asInt() > 65535)) {
        problems.put(f, f + " must be between 0 and 65535");
      }
    }
    JsonNode dids = body.get("did_numbers");
    if (dids != null && !dids.isNull() && !validDids(dids.asText())) {
      problems.put("did_numbers", "did_numbers must be numbers or ranges separated by ';'");
    }
    JsonNode ips = body.get("additional_ips");
    if (ips != null && !ips.isNull() && !ips.asText().isEmpty()
        && !ips.asText().matches("([0-9a-fA-F:.]+/\\d{1,3})(;[0-9a-fA-F:.]+/\\d{1,3})*")) {
      problems.put("additional_ips", "additional_ips must be CIDR blocks separated by ';'");
    }
  }

  private static boolean validDids(String value) {
    return value.isEmpty() || value.matches("\\+?\\d+(-\\+?\\d+)?(;\\+?\\d+(-\\+?\\d+)?)*");
  }

  /** A new trunk with the PBX's documented defaults for what {@code fields} leaves out. */
  private static ObjectNode withDefaults(ObjectNode fields) {
    ObjectNode t = Json.object();
    t.put("enabled", true).putNull("brand").putNull("auth_mode").putNull("auth_id").putNull("username")
        .put("registration", true).put("register_interval", 600).put("inlan", false).put("single_via_header", true)
        .put("rewrite_via_ip", true).put("verify_port", true).put("keep_alive", true).put("keep_alive_interval", 360)
        .putNull("additional_ips").put("adjust_sdp_direction", true).put("remove_srtp_info", true)
        .put("stir_shaken_signature_required", false).putNull("did_numbers");
    JsonNode seed = Payloads.json("pbx/provider.json");
    ObjectNode inbound = Json.object().put("caller_num", "DEFAULT").put("caller_display_name", "DEFAULT")
        .put("called_num", "DEFAULT").put("privacy_types_supported", "DEFAULT")
        .put("enable_stir_shaken_validation", false).put("pai_header_parameter_name", "verstat");
    inbound.putArray("drop_calls_with_verification_status");
    inbound.put("pass_api_header_to_uad", false);
    ObjectNode outbound = Json.object();
    seed.get("outbound_parameters").fieldNames().forEachRemaining(k -> {
      if (k.equals("privacy_types_supported")) {
        outbound.put(k, "DEFAULT");
      } else {
        outbound.putObject(k).put("value", "DEFAULT").put("custom_value", "");
      }
    });
    t.set("inbound_parameters", inbound);
    t.set("outbound_parameters", outbound);
    for (Map.Entry<String, JsonNode> e : fields.properties()) {
      if (e.getValue().isObject() && t.path(e.getKey()).isObject()) {
        ((ObjectNode) t.get(e.getKey())).setAll((ObjectNode) e.getValue());
      } else {
        t.set(e.getKey(), e.getValue());
      }
    }
    t.put("shared", false);
    return t;
  }

  /** {@code id} first, as the PBX writes it. */
  private static ObjectNode reorder(ObjectNode trunk) {
    ObjectNode ordered = Json.object();
    ordered.set("id", trunk.get("id"));
    trunk.properties().forEach(e -> {
      if (!e.getKey().equals("id") && !e.getKey().equals("shared")) {
        ordered.set(e.getKey(), e.getValue());
      }
    });
    ordered.set("shared", trunk.get("shared"));
    return ordered;
  }

  private static boolean matchesSearch(JsonNode t, String search) {
    for (String f : new String[] {"name", "brand", "hostname", "did_numbers"}) {
      if (t.path(f).asText("").toLowerCase(Locale.ROOT).contains(search)) {
        return true;
      }
    }
    return false;
  }

  /** The filter subset: terms joined all by {@code and} or all by {@code or}. */
  static Predicate<JsonNode> filter(String expression) {
    if (expression == null || expression.isBlank()) {
      return t -> true;
    }
    boolean or = expression.contains(" or ");
    if (or && expression.contains(" and ")) {
      throw new IllegalArgumentException("the simulator does not mix 'and' and 'or' in one filter");
    }
    List<Predicate<JsonNode>> terms = new ArrayList<>();
    for (String part : expression.split(or ? " or " : " and ")) {
      Matcher m = TERM.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException("invalid filter term: " + part.trim());
      }
      if (m.group(1) != null) {
        String field = m.group(1);
        String value = m.group(3).replace("''", "'");
        boolean eq = m.group(2).equals("eq");
        terms.add(t -> value.equals(t.path(field).asText(null)) == eq);
      } else {
        String fn = m.group(4);
        String field = m.group(5);
        String value = m.group(6).replace("''", "'");
        terms.add(t -> {
          String v = t.path(field).asText(null);
          return v != null && (fn.equals("contains") ? v.contains(value)
              : fn.equals("startswith") ? v.startsWith(value) : v.endsWith(value));
        });
      }
    }
    return t -> or ? terms.stream().anyMatch(p -> p.test(t)) : terms.stream().allMatch(p -> p.test(t));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A trunk that exists but is not assigned to the tenant: 404 (the PBX's documented answer). */
  private SimResponse notAssigned() {
    return error(404, "UNKNOWN", "The provider is not assigned to the tenant", null);
  }

  private SimResponse notFound() {
    if (unknownIdsAs400) {
      return errorBody(400, Payloads.json("pbx/error-invalid-id.json"));
    }
    return error(404, "UNKNOWN", "The provider does not exist", null);
  }

  private SimResponse validation(String message) {
    return error(400, "VALIDATE_FAILED", "field validation failed", Json.mapper().getNodeFactory().textNode(message));
  }

  private SimResponse validation(Map<String, String> problems) {
    ObjectNode detail = Json.object();
    problems.forEach(detail::put);
    return error(400, "VALIDATE_FAILED", "field validation failed", detail);
  }

  private SimResponse error(int status, String code, String message, JsonNode detail) {
    ObjectNode error = Json.object().put("code", code).put("message", message);
    if (detail != null) {
      error.set("detail", detail);
    }
    ObjectNode body = Json.object();
    body.putArray("errors").add(error);
    return errorBody(status, body);
  }

  /** An error body with {@code status}, or with 200 when {@link #answerErrorsWith200()} is on. */
  private SimResponse errorBody(int status, JsonNode body) {
    return SimResponse.json(errorsWith200 && status >= 400 && status < 500 ? 200 : status, body);
  }
}
