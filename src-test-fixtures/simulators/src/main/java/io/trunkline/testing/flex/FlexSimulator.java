package io.trunkline.testing.flex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Wavix SIP trunks API ({@code /v1/trunks}) on loopback, with state: a created trunk shows up in later lists
 * and gets, {@code PUT} replaces the whole trunk (fields left out revert to Wavix's defaults, as Wavix documents),
 * {@code DELETE} removes it, lists page by {@code page}/{@code per_page} with a {@code pagination} block, a wrong
 * API key gets the 401 body, and Wavix's validation and not-found bodies are answered where it documents them.
 * Passwords are kept ({@link #password}) but, as at Wavix, never returned.
 */
public class FlexSimulator extends VendorSimulator {
  /** The API key the simulator accepts, as {@code Authorization: Bearer <key>}. */
  public static final String API_KEY = "wavix-sim-3c1f9e0b7d2a4e6f";

  private static final Pattern DIGITS = Pattern.compile("[0-9]*");
  private static final Pattern CALLER_ID = Pattern.compile("[1-9][0-9]{1,14}");
  private static final List<String> REQUIRED = List.of("label", "password", "callerid", "ip_restrict",
      "didinfo_enabled", "call_restrict", "cost_limit", "channels_restrict", "rewrite_enabled",
      "transcription_enabled", "transcription_threshold");
  private static final List<String> BOOLEANS = List.of("ip_restrict", "didinfo_enabled", "call_restrict",
      "cost_limit", "channels_restrict", "rewrite_enabled", "transcription_enabled", "multiple_numbers",
      "call_recording_enabled", "machine_detection_enabled", "encrypted_media", "passthrough");

  private final Map<Long, ObjectNode> trunks = new TreeMap<>();
  private final Map<Long, String> passwords = new TreeMap<>();
  private long nextId = 3100;
  private long nextLogin = 32880;
  private long nextAllowedIpId = 6700;
  private boolean notProvisioned;
  private boolean fullListItems;
  private boolean extraFields;
  private boolean nullPrimitives;
  private boolean withoutPassthrough;
  private boolean errorsWith200;

  public FlexSimulator() {
    route("GET", "/v1/trunks", this::list);
    route("POST", "/v1/trunks", this::create);
    route("GET", "/v1/trunks/{id}", this::get);
    route("PUT", "/v1/trunks/{id}", this::update);
    route("DELETE", "/v1/trunks/{id}", this::delete);
  }

  @Override
  public String providerId() {
    return "flex";
  }

  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.bearer(API_KEY))
        .build();
  }

  /** Five trunks as a small Wavix account might have them. */
  @Override
  public synchronized void seedDemoData() {
    add(trunk("HQ PBX", "13132847320").put("call_recording_enabled", true), "Hq-Pbx!2024-secure");
    add(trunk("Call center", "14302287001").put("channels_restrict", true).put("max_channels", 30)
        .put("cost_limit", true).put("max_call_cost", "0.25").put("call_restrict", true).put("call_limit", 7200)
        .put("transcription_enabled", true).put("transcription_threshold", 15)
        .put("machine_detection_enabled", true), "Cc#Agents-77-floor3");
    ObjectNode branch = trunk("Branch office Austin", "15125550142").put("ip_restrict", true)
        .put("host", "198.51.100.24").put("auth_method", "IP auth");
    branch.set("allowed_ips", ips("198.51.100.24", "198.51.100.25"));
    branch.set("host_request", Json.object().put("host", "198.51.100.24").put("status", "active"));
    add(branch, "Austin-branch-Sbc#1");
    add(trunk("Sales dialer", "").put("multiple_numbers", true).put("rewrite_enabled", true)
        .put("rewrite_prefix", "1").put("passthrough", true).put("talk_time", 48210).put("charge", "96.420"),
        "Dialer$ales-2024");
    ObjectNode failover = trunk("Failover SBC", "12125550123").put("host", "203.0.113.77")
        .put("auth_method", "IP auth").put("status", "pending").put("encrypted_media", true);
    failover.set("host_request", Json.object().put("host", "203.0.113.77").put("status", "pending"));
    add(failover, "Failover-Sbc-77!");
  }

  /** Adds {@code count} plain trunks labelled {@code Trunk 1}, {@code Trunk 2}, … (for paging tests). */
  public synchronized void seedTrunks(int count) {
    for (int i = 1; i <= count; i++) {
      add(trunk("Trunk " + i, "1313284" + String.format("%04d", i)), "Trunk-" + i + "-password");
    }
  }

  /** The password last set on trunk {@code id}, which Wavix never returns. */
  public synchronized Optional<String> password(long id) {
    return Optional.ofNullable(passwords.get(id));
  }

  /** The stored trunk {@code id} with every field, list-only ones included. */
  public synchronized Optional<JsonNode> trunk(long id) {
    return Optional.ofNullable(trunks.get(id)).map(ObjectNode::deepCopy);
  }

  /** The ids of all trunks, ascending. */
  public synchronized List<Long> trunkIds() {
    return List.copyOf(trunks.keySet());
  }

  /** Answers every trunk call with Wavix's 403 "not provisioned" body, as for an account without Flex Pro. */
  public synchronized void notProvisioned(boolean value) {
    this.notProvisioned = value;
  }

  /**
   * Lists every field of each trunk, as the trunk document has it plus the list's own (status, authentication
   * method, IP-authentication request, usage), rather than only the documented list fields: Wavix adds fields to its
   * answers, and a client must read a field the same way wherever it appears.
   */
  public synchronized void fullListItems(boolean value) {
    this.fullListItems = value;
  }

  /**
   * Single-trunk answers (get, create, update) also carry fields that are not in Wavix's request schema: the
   * list's usage ({@code talk_time}, {@code charge}), an {@code updated_at} and an undocumented {@code sip_region},
   * as a Wavix that adds read-only fields to its answers would. A whole-replace update must not send them back.
   */
  public synchronized void answerReadOnlyAndExtraFields() {
    this.extraFields = true;
  }

  /**
   * Every boolean and number field of a trunk except its {@code id} is answered as JSON {@code null}, in
   * single-trunk answers and list items alike (Wavix's schema marks several fields nullable). A reader must take
   * a {@code null} as "not reported", and a whole-replace update must not send a default in its place.
   */
  public synchronized void answerNullPrimitives() {
    this.nullPrimitives = true;
  }

  /**
   * Single-trunk answers (get, create, update) leave out {@code passthrough}, as the spec's {@code TrunksResponse}
   * does; list items still carry it. An update must carry the setting (read from the list) or refuse.
   */
  public synchronized void answerSingleTrunksWithoutPassthrough() {
    this.withoutPassthrough = true;
  }

  /**
   * Wavix's manual review rejects the pending IP-authentication request of trunk {@code id}: its {@code status}
   * and {@code host_request.status} become {@code rejected}. A request sent again for the same host is a new
   * request: it is pending again (see the list), which an update must never do by itself.
   */
  public synchronized void rejectHostRequest(long id) {
    ObjectNode trunk = trunks.get(id);
    if (trunk == null || !trunk.path("host_request").isObject()) {
      throw new IllegalStateException("trunk " + id + " has no IP-authentication request");
    }
    trunk.put("status", "rejected");
    ((ObjectNode) trunk.get("host_request")).put("status", "rejected");
  }

  /**
   * Every error (400, 401, 403, 404, 422) is answered with HTTP 200 and Wavix's error body
   * ({@code {"success": false, "message": …}}, and {@code "error": true} for a wrong key), as a gateway that
   * forwards errors under 200 would. Combine with {@link #notProvisioned} for an error on every call.
   */
  public synchronized void answerErrorsWith200() {
    this.errorsWith200 = true;
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    if (!request.header("Authorization").filter(("Bearer " + API_KEY)::equals).isPresent()) {
      synchronized (this) {
        return Optional.of(SimResponse.json(errorsWith200 ? 200 : 401,
            Json.object().put("success", false).put("error", true).put("message", "Unauthorized")));
      }
    }
    synchronized (this) {
      if (notProvisioned) {
        return Optional.of(error(403, "The service is not provisioned for your account."));
      }
    }
    return Optional.empty();
  }

  private synchronized SimResponse list(SimRequest request) {
    Optional<Integer> page = positive(request.query("page").orElse("1"));
    Optional<Integer> perPage = positive(request.query("per_page").orElse("25"));
    if (page.isEmpty()) {
      return error(400, "Missing or invalid parameter page");
    }
    if (perPage.isEmpty()) {
      return error(400, "Missing or invalid parameter per_page");
    }
    List<ObjectNode> all = List.copyOf(trunks.values());
    long from = (long) (page.get() - 1) * perPage.get();
    ArrayNode items = Json.mapper().createArrayNode();
    for (long i = from; i < Math.min(all.size(), from + perPage.get()); i++) {
      items.add(answered(fullListItems ? all.get((int) i).deepCopy() : summary(all.get((int) i))));
    }
    ObjectNode body = Json.object();
    if (items.isEmpty()) {
      body.putNull("sip_trunks");
    } else {
      body.set("sip_trunks", items);
    }
    body.set("pagination", Json.object().put("current_page", page.get()).put("per_page", perPage.get())
        .put("total", all.size()).put("total_pages", (all.size() + perPage.get() - 1) / perPage.get()));
    return SimResponse.json(200, body);
  }

  private synchronized SimResponse get(SimRequest request) {
    ObjectNode trunk = find(request);
    return trunk == null ? notFound() : SimResponse.json(200, configuration(trunk));
  }

  private synchronized SimResponse create(SimRequest request) {
    JsonNode body = request.json();
    SimResponse invalid = validate(body);
    if (invalid != null) {
      return invalid;
    }
    ObjectNode trunk = Json.object();
    trunk.put("id", nextId++);
    trunk.put("name", Long.toString(nextLogin++));
    trunk.put("created_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ".000Z"));
    trunk.put("access_token", Long.toHexString(Double.doubleToLongBits(Math.random())));
    trunk.put("talk_time", 0);
    trunk.put("charge", "0.0");
    apply(trunk, body, null);
    trunks.put(trunk.get("id").asLong(), trunk);
    passwords.put(trunk.get("id").asLong(), body.get("password").asText());
    return SimResponse.json(201, configuration(trunk));
  }

  private synchronized SimResponse update(SimRequest request) {
    ObjectNode trunk = find(request);
    if (trunk == null) {
      return notFound();
    }
    JsonNode body = request.json();
    SimResponse invalid = validate(body);
    if (invalid != null) {
      return invalid;
    }
    ObjectNode before = trunk.deepCopy();
    apply(trunk, body, before);
    passwords.put(trunk.get("id").asLong(), body.get("password").asText());
    return SimResponse.json(200, configuration(trunk));
  }

  private synchronized SimResponse delete(SimRequest request) {
    ObjectNode trunk = find(request);
    if (trunk == null) {
      return notFound();
    }
    trunks.remove(trunk.get("id").asLong());
    passwords.remove(trunk.get("id").asLong());
    return SimResponse.json(200, Json.object().put("success", true));
  }

  /** Wavix's checks of a create or update body, with its documented answers. */
  private SimResponse validate(JsonNode body) {
    for (String field : REQUIRED) {
      if (!body.hasNonNull(field)) {
        return error(400, "Missing or invalid parameter " + field);
      }
    }
    for (String field : BOOLEANS) {
      if (body.has(field) && !body.get(field).isBoolean()) {
        return error(400, "Missing or invalid parameter " + field);
      }
    }
    if (!body.get("label").isTextual() || body.get("label").asText().isBlank()) {
      return error(400, "Missing or invalid parameter label");
    }
    if (!body.get("password").isTextual() || body.get("password").asText().isEmpty()) {
      return error(400, "Missing or invalid parameter password");
    }
    String callerId = body.get("callerid").asText();
    boolean multiple = body.path("multiple_numbers").asBoolean(false);
    if (callerId.isEmpty() ? !multiple : !CALLER_ID.matcher(callerId).matches()) {
      return error(422, "Caller ID must be a verified number in E.164 format");
    }
    if (body.get("ip_restrict").asBoolean() && body.path("allowed_ips").isEmpty()) {
      return error(400, "Missing or invalid parameter allowed_ips");
    }
    for (String field : List.of("call_limit", "max_channels", "transcription_threshold")) {
      if (body.hasNonNull(field) && (!body.get(field).canConvertToInt() || body.get(field).asInt() < 0)) {
        return error(400, "Missing or invalid parameter " + field);
      }
    }
    if (body.hasNonNull("max_call_cost") && !body.get("max_call_cost").isNumber()) {
      return error(400, "Missing or invalid parameter max_call_cost");
    }
    for (String field : List.of("rewrite_prefix", "rewrite_cond")) {
      if (body.hasNonNull(field) && !DIGITS.matcher(body.get(field).asText()).matches()) {
        return error(400, "Missing or invalid parameter " + field);
      }
    }
    return null;
  }

  /** Replaces the trunk's settings with {@code body}: what it leaves out takes Wavix's default. */
  private void apply(ObjectNode trunk, JsonNode body, ObjectNode before) {
    trunk.put("label", body.get("label").asText());
    trunk.put("callerid", body.get("callerid").asText());
    trunk.put("multiple_numbers", body.path("multiple_numbers").asBoolean(false));
    trunk.put("ip_restrict", body.get("ip_restrict").asBoolean());
    ArrayNode allowed = Json.mapper().createArrayNode();
    for (JsonNode ip : body.path("allowed_ips")) {
      String address = ip.isTextual() ? ip.asText() : ip.path("ip").asText();
      long id = keptAllowedIpId(before, address);
      allowed.add(Json.object().put("id", id).put("ip", address));
    }
    trunk.set("allowed_ips", allowed);
    trunk.put("didinfo_enabled", body.get("didinfo_enabled").asBoolean());
    trunk.put("call_restrict", body.get("call_restrict").asBoolean());
    copyOrNull(trunk, body, "call_limit");
    trunk.put("cost_limit", body.get("cost_limit").asBoolean());
    if (body.hasNonNull("max_call_cost")) {
      trunk.put("max_call_cost", new BigDecimal(body.get("max_call_cost").asText()).toPlainString());
    } else {
      trunk.putNull("max_call_cost");
    }
    trunk.put("channels_restrict", body.get("channels_restrict").asBoolean());
    copyOrNull(trunk, body, "max_channels");
    trunk.put("rewrite_enabled", body.get("rewrite_enabled").asBoolean());
    trunk.put("rewrite_prefix", body.path("rewrite_prefix").asText(""));
    trunk.put("rewrite_cond", body.path("rewrite_cond").asText(""));
    trunk.put("call_recording_enabled", body.path("call_recording_enabled").asBoolean(false));
    trunk.put("transcription_enabled", body.get("transcription_enabled").asBoolean());
    trunk.put("transcription_threshold", body.get("transcription_threshold").asInt());
    trunk.put("machine_detection_enabled", body.path("machine_detection_enabled").asBoolean(false));
    trunk.put("encrypted_media", body.path("encrypted_media").asBoolean(false));
    trunk.put("passthrough", body.path("passthrough").asBoolean(false));
    String requestedHost = body.path("host_request").path("host").asText("");
    if (requestedHost.isEmpty()) {
      trunk.put("host", "dynamic").put("auth_method", "Digest").put("status", "active");
      trunk.putNull("host_request");
    } else {
      boolean approved = before != null && requestedHost.equals(before.path("host").asText())
          && before.path("status").asText("active").equals("active");
      String status = approved ? "active" : "pending";
      trunk.put("host", requestedHost).put("auth_method", "IP auth").put("status", status);
      trunk.set("host_request", Json.object().put("host", requestedHost).put("status", status));
    }
  }

  private long keptAllowedIpId(ObjectNode before, String address) {
    if (before != null) {
      for (JsonNode ip : before.path("allowed_ips")) {
        if (address.equals(ip.path("ip").asText())) {
          return ip.path("id").asLong();
        }
      }
    }
    return nextAllowedIpId++;
  }

  private static void copyOrNull(ObjectNode trunk, JsonNode body, String field) {
    if (body.hasNonNull(field)) {
      trunk.put(field, body.get(field).asInt());
    } else {
      trunk.putNull(field);
    }
  }

  /** A stored trunk with Wavix's defaults, ready for {@link #add}. */
  private ObjectNode trunk(String label, String callerId) {
    ObjectNode t = Json.object();
    t.put("id", nextId++).put("name", Long.toString(nextLogin++)).put("callerid", callerId).put("label", label)
        .put("ip_restrict", false);
    t.set("allowed_ips", Json.mapper().createArrayNode());
    t.put("channels_restrict", false).putNull("max_channels").put("cost_limit", false).putNull("max_call_cost")
        .put("call_restrict", false).putNull("call_limit").put("didinfo_enabled", true)
        .put("rewrite_enabled", false).put("rewrite_prefix", "").put("rewrite_cond", "")
        .put("call_recording_enabled", false).put("machine_detection_enabled", false)
        .put("transcription_enabled", false).put("transcription_threshold", 6)
        .put("created_at", "2024-03-0" + (1 + nextId % 9) + "T09:15:00.000Z").put("host", "dynamic")
        .put("multiple_numbers", false).put("encrypted_media", false).put("passthrough", false)
        .put("access_token", Long.toHexString(0x5eed0000L + nextId))
        .put("auth_method", "Digest").put("status", "active").putNull("host_request")
        .put("talk_time", 0).put("charge", "0.0");
    return t;
  }

  private ArrayNode ips(String... addresses) {
    ArrayNode list = Json.mapper().createArrayNode();
    for (String address : addresses) {
      list.add(Json.object().put("id", nextAllowedIpId++).put("ip", address));
    }
    return list;
  }

  private synchronized void add(ObjectNode trunk, String password) {
    trunks.put(trunk.get("id").asLong(), trunk);
    passwords.put(trunk.get("id").asLong(), password);
  }

  private ObjectNode find(SimRequest request) {
    String id = request.pathParam("id");
    if (id == null || !DIGITS.matcher(id).matches() || id.isEmpty() || id.length() > 18) {
      return null;
    }
    return trunks.get(Long.parseLong(id));
  }

  /** The trunk as {@code GET /v1/trunks/{id}} returns it (Wavix's TrunksResponse), with the quirks switched on. */
  private ObjectNode configuration(ObjectNode trunk) {
    ObjectNode copy = trunk.deepCopy();
    copy.remove(List.of("auth_method", "status", "host_request", "talk_time", "charge"));
    if (extraFields) {
      copy.put("talk_time", trunk.path("talk_time").asInt()).put("charge", trunk.path("charge").asText("0.0"))
          .put("updated_at", "2024-06-01T10:00:00.000Z").put("sip_region", "us-east");
    }
    if (withoutPassthrough) {
      copy.remove("passthrough");
    }
    return answered(copy);
  }

  /** {@code item} with every boolean and number but the id as JSON null, when {@link #answerNullPrimitives} is on. */
  private ObjectNode answered(ObjectNode item) {
    if (nullPrimitives) {
      for (Map.Entry<String, JsonNode> field : List.copyOf(item.properties())) {
        if (!field.getKey().equals("id") && (field.getValue().isBoolean() || field.getValue().isNumber())) {
          item.putNull(field.getKey());
        }
      }
    }
    return item;
  }

  /** The trunk as the list returns it (Wavix's SIPTrunkShort). */
  private static ObjectNode summary(ObjectNode trunk) {
    ObjectNode s = Json.object();
    for (String field : List.of("id", "label", "name", "auth_method", "callerid", "host_request", "passthrough",
        "multiple_numbers", "status", "charge", "talk_time", "machine_detection_enabled", "call_recording_enabled",
        "transcription_enabled", "transcription_threshold", "encrypted_media", "access_token")) {
      s.set(field, trunk.get(field));
    }
    return s;
  }

  private static Optional<Integer> positive(String text) {
    try {
      int value = Integer.parseInt(text);
      return value > 0 ? Optional.of(value) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private SimResponse notFound() {
    return error(404, "Record not found");
  }

  private SimResponse error(int status, String message) {
    return SimResponse.json(errorsWith200 ? 200 : status, Json.object().put("success", false).put("message", message));
  }
}
