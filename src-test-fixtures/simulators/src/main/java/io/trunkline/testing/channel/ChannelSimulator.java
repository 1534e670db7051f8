package io.trunkline.testing.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The channel sipTrunk API (seed 002) on loopback. Stateful: channels known by name with the settings edits sent
 * them (renames included), numbers connected to them, Operator Connect number types, and the account's caller
 * IDs (paged by {@code offset}/{@code limit}), proxies, templates and call barrings. Answers the vendor's error
 * body {@code {"error_identifier": "urn:error:sip-trunk:…", "error_message": …}}; as the document gives no status
 * codes, it uses 400 for bad input, 401 for wrong credentials, 403 for another account, 404 for an unknown
 * channel, number, proxy or template, and 409 for a number already in use or a name taken.
 *
 * <p>By default it plays the document. Switches make it play what the document leaves open or what a real
 * deployment may do: {@link #answerErrorsWith200(ErrorShape)}, {@link #capPageSize(int)}, {@link #ignoreOffset()},
 * {@link #answerNoNumberTypeWith(int)}, {@link #answerConnectWithoutNumber()},
 * {@link #failNextWriteAfterApplying(int)}. {@link #seedDemoData()} and {@link #resetQuirks()} turn them off.
 */
public class ChannelSimulator extends VendorSimulator {
  /** The bearer token (or API key) the simulator accepts. */
  public static final String TOKEN = "chn-sim-7d2e41b9-token";
  /** The account the simulator serves. */
  public static final String ACCOUNT_ID = "013dc5c1-ff09-4ece-ad3a-7f8f60949407";
  /** The document's identifier for operational errors. */
  public static final String OPERATOR = "urn:error:sip-trunk:operator";
  /** The document's identifier for missing rights. */
  public static final String INSUFFICIENT_RIGHTS = "urn:error:sip-trunk:insufficient-rights";

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
  private static final Pattern ZERO_ZERO = Pattern.compile("00[1-9][0-9]{1,14}");
  private static final Set<Integer> PING = Set.of(1, 2, 3);
  private static final Set<Integer> CLIP_METHODS = Set.of(0, 1, 2, 3, 5);
  private static final Set<String> NUMBER_TYPES = Set.of("User", "Resource Account", "");

  private final Map<String, Channel> channels = new LinkedHashMap<>();
  private final List<String> callerIds = new ArrayList<>();
  private final Map<String, String> proxies = new LinkedHashMap<>();
  private final Map<String, String> templates = new LinkedHashMap<>();
  private final Map<String, String> callBarrings = new LinkedHashMap<>();

  /** The shapes an error body can take: the vendor's own, and those of the framework it seems to run on. */
  public enum ErrorShape {
    /** {@code {"error_identifier": "urn:error:sip-trunk:…", "error_message": …}}, as documented. */
    VENDOR,
    /** {@code {"code": 403, "message": "Access denied"}}: the status as {@code code} (Symfony, JWT bundles). */
    CODE_AND_MESSAGE,
    /** {@code {"error": "Access denied"}}. */
    ERROR,
    /** An API Platform Hydra error: {@code @type} {@code hydra:Error}, {@code hydra:title}, {@code hydra:description}. */
    HYDRA,
    /** An RFC 7807 problem document: {@code type}, {@code title}, {@code status}, {@code detail}. */
    PROBLEM
  }

  private ErrorShape errorShape = ErrorShape.VENDOR;
  private boolean errorsWith200;
  private int pageSizeCap = Integer.MAX_VALUE;
  private boolean offsetIgnored;
  private int noNumberTypeStatus = 404;
  private boolean connectWithoutNumber;
  private int failAfterApplyingStatus;

  /** A channel: its settings as edits left them, its numbers and their Operator Connect types. */
  private static final class Channel {
    String name;
    ObjectNode settings = Json.object();
    final Set<String> numbers = new LinkedHashSet<>();
    final Map<String, String> numberTypes = new LinkedHashMap<>();

    Channel(String name) {
      this.name = name;
    }
  }

  public ChannelSimulator() {
    route("POST", "/v1/channel-number", this::connectNumber);
    route("DELETE", "/v1/channel-number/{number}", this::disconnectNumber);
    route("GET", "/v1/accounts/{accountId}/siptrunk-channel-callerids", this::callerIds);
    route("GET", "/v1/accounts/{accountId}/siptrunk-channel-proxies", r -> idNameList(r, proxies, "id", "name"));
    route("GET", "/v1/accounts/{accountId}/siptrunk-channel-templates", r -> idNameList(r, templates, "id", "name"));
    route("GET", "/v1/accounts/{accountId}/siptrunk-channel-callbarrings",
        r -> idNameList(r, callBarrings, "code", "name"));
    route("POST", "/v1/channel/{name}", this::editChannel);
    route("PUT", "/v1/channel-number-operator-connect/{channel_name}", this::setNumberType);
    route("DELETE", "/v1/channel-number-operator-connect/channels/{channel_name}/numbers/{number}",
        this::removeNumberType);
  }

  @Override
  public String providerId() {
    return "channel";
  }

  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.bearer(TOKEN))
        .putSettings("account-id", ACCOUNT_ID)
        .build();
  }

  /**
   * Channels in Amsterdam and Düsseldorf with numbers, an Operator Connect channel, a channel whose name has a space
   * and a slash; twelve caller IDs, four proxies, four templates and seven call barrings. Replaces what was there.
   */
  @Override
  public synchronized void seedDemoData() {
    resetQuirks();
    channels.clear();
    callerIds.clear();
    proxies.clear();
    templates.clear();
    callBarrings.clear();
    proxies.put("3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce", "Amsterdam SBC 1");
    proxies.put("3fd8e2d9-2d29-4528-9c80-09cdc5bd30c1", "Amsterdam SBC 2");
    proxies.put("3fd8e2d9-2d29-4528-9c80-09cdc5bd30c2", "Frankfurt SBC 1");
    proxies.put("3fd8e2d9-2d29-4528-9c80-09cdc5bd30c3", "Düsseldorf SBC 1");
    templates.put("f26e4670-20bf-4cad-9261-489e8ef765de", "Standard SIP trunk");
    templates.put("0b6f3c2a-5d1e-4a7b-9c8d-2e4f6a8b0c1d", "PBX with registration");
    templates.put("7a1d9e4b-3c2f-4e5a-8b6c-9d0e1f2a3b4c", "Microsoft Teams Direct Routing");
    templates.put("c4e8a2f6-1b3d-4f5e-a7c9-0d2e4f6a8c0e", "Microsoft Teams Operator Connect");
    callBarrings.put("DENUMINFO", "Auskunft");
    callBarrings.put("DEMASS", "Kurzzeitiger Massenverkehr");
    callBarrings.put("DEPAGER", "Pagers");
    callBarrings.put("DEVPN", "Virtuelle Private Netze");
    callBarrings.put("INT", "International");
    callBarrings.put("MOB", "Mobile");
    callBarrings.put("S0909", "0909 service numbers");
    for (String n : List.of("+31207001100", "+31207001101", "+31207001102", "+31207001103", "+31207001104",
        "+31858889900", "+4921154471200", "+4921154471201", "+4921154471202", "+4921154471203",
        "+4921141873130", "+4921141873131")) {
      callerIds.add(n);
    }
    Channel amsterdam = addChannelLocked("acme-amsterdam");
    amsterdam.numbers.add("+31207001100");
    amsterdam.numbers.add("+31207001101");
    amsterdam.settings = (ObjectNode) parse("{\"caller_id\":\"+31207001100\",\"area_code\":\"020\","
        + "\"call_barrings\":[\"DEMASS\",\"DEPAGER\"],\"sip_trunk\":{"
        + "\"channel_template_id\":\"f26e4670-20bf-4cad-9261-489e8ef765de\","
        + "\"channel_proxy_id\":\"3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce\","
        + "\"ip_whitelist\":\"198.51.100.10;198.51.100.11\",\"ping\":2,\"ringing_timeout\":180}}");
    Channel duesseldorf = addChannelLocked("acme-duesseldorf");
    duesseldorf.numbers.add("+4921154471200");
    duesseldorf.settings = (ObjectNode) parse("{\"caller_id\":\"+4921154471200\",\"sip_trunk\":{"
        + "\"channel_proxy_id\":\"3fd8e2d9-2d29-4528-9c80-09cdc5bd30c3\",\"ping\":3}}");
    Channel teams = addChannelLocked("dutchoperatorconnect");
    teams.numbers.add("+4921141873130");
    teams.numberTypes.put("+4921141873130", "User");
    teams.settings = (ObjectNode) parse("{\"microsoft_teams_configuration\":"
        + "{\"microsoft_tenant_id\":\"462e0bdf-408b-4e94-baab-b5a8bf9a9e00\"}}");
    addChannelLocked("Sales NL/BE");
  }

  /** Turns every switch off: the simulator plays the document again. */
  public synchronized ChannelSimulator resetQuirks() {
    errorShape = ErrorShape.VENDOR;
    errorsWith200 = false;
    pageSizeCap = Integer.MAX_VALUE;
    offsetIgnored = false;
    noNumberTypeStatus = 404;
    connectWithoutNumber = false;
    failAfterApplyingStatus = 0;
    return this;
  }

  /**
   * Every error is answered with status 200 and its body in {@code shape} (the document lists its error bodies
   * under "Example Response 200"; the framework's own errors may come in other shapes). Nothing is changed by a
   * request answered so: the error is decided before any state changes.
   */
  public synchronized ChannelSimulator answerErrorsWith200(ErrorShape shape) {
    errorsWith200 = true;
    errorShape = shape;
    return this;
  }

  /** Errors keep their status but their body takes {@code shape}. */
  public synchronized ChannelSimulator answerErrorsIn(ErrorShape shape) {
    errorShape = shape;
    return this;
  }

  /**
   * Caller IDs come at most {@code max} per page, whatever {@code limit} asks (the document names no maximum; a
   * server that caps its pages answers fewer items than asked although more follow).
   */
  public synchronized ChannelSimulator capPageSize(int max) {
    pageSizeCap = max;
    return this;
  }

  /** Caller IDs are listed from the start whatever {@code offset} asks (a server that ignores the offset). */
  public synchronized ChannelSimulator ignoreOffset() {
    offsetIgnored = true;
    return this;
  }

  /**
   * Removing the Operator Connect type of a number that has none is answered with {@code status} (default 404)
   * and the document's body "Channel Number selected does not have Number type" (the document gives no status;
   * a real deployment was seen to answer 400).
   */
  public synchronized ChannelSimulator answerNoNumberTypeWith(int status) {
    noNumberTypeStatus = status;
    return this;
  }

  /** Connect number answers 201 with only {@code channel_name}, without the optional echo of {@code number}. */
  public synchronized ChannelSimulator answerConnectWithoutNumber() {
    connectWithoutNumber = true;
    return this;
  }

  /**
   * The next write (any request but a GET) that succeeds is applied, and then answered with {@code status}
   * (500, 502 or 504: the vendor did it but the caller cannot know), once; as a gateway does when the vendor's
   * answer is lost after the change was made.
   */
  public synchronized ChannelSimulator failNextWriteAfterApplying(int status) {
    failAfterApplyingStatus = status;
    return this;
  }

  @Override
  public SimResponse dispatchToRoutes(SimRequest request) {
    SimResponse response = super.dispatchToRoutes(request);
    synchronized (this) {
      if (failAfterApplyingStatus != 0 && !request.method().equals("GET") && response.status() / 100 == 2) {
        int status = failAfterApplyingStatus;
        failAfterApplyingStatus = 0;
        return SimResponse.json(status, "{\"error\":\"upstream answer lost\"}");
      }
    }
    return response;
  }

  /** Adds caller IDs to the account's list, after those there (tests of paging). */
  public synchronized void addCallerIds(List<String> numbers) {
    callerIds.addAll(numbers);
  }

  /** Adds an empty channel (tests). */
  public synchronized void addChannel(String name) {
    addChannelLocked(name);
  }

  /** The settings edits have left on channel {@code name} (a copy; the password is never kept). */
  public synchronized Optional<JsonNode> channelSettings(String name) {
    Channel c = channels.get(name);
    return c == null ? Optional.empty() : Optional.of(c.settings.deepCopy());
  }

  /** The names of the channels, in the order they were added. */
  public synchronized List<String> channelNames() {
    return new ArrayList<>(channels.keySet());
  }

  /** The numbers connected to channel {@code name}. */
  public synchronized Set<String> numbersOf(String name) {
    Channel c = channels.get(name);
    return c == null ? Set.of() : new LinkedHashSet<>(c.numbers);
  }

  /** The Operator Connect type of {@code number} (E.164) on channel {@code name}. */
  public synchronized Optional<String> numberType(String name, String number) {
    Channel c = channels.get(name);
    return c == null ? Optional.empty() : Optional.ofNullable(c.numberTypes.get(number));
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    boolean ok = request.header("Authorization").filter(("Bearer " + TOKEN)::equals).isPresent()
        || request.header("X-Api-Key").filter(TOKEN::equals).isPresent();
    return ok ? Optional.empty()
        : Optional.of(error(401, INSUFFICIENT_RIGHTS, "Invalid or missing credentials"));
  }

  private synchronized SimResponse connectNumber(SimRequest r) {
    JsonNode body = r.json();
    String channelName = text(body, "channel_name");
    String number = text(body, "number");
    if (channelName == null || number == null) {
      return error(400, OPERATOR, "channel_name and number are required");
    }
    if (!E164.matcher(number).matches()) {
      return error(400, OPERATOR, "Number must be in E.164 format");
    }
    Channel channel = channels.get(channelName);
    if (channel == null) {
      return error(404, OPERATOR, "Channel name does not exist");
    }
    if (owner(number) != null) {
      return error(409, OPERATOR, "Number is not available");
    }
    channel.numbers.add(number);
    ObjectNode answer = Json.object().put("channel_name", channel.name);
    return SimResponse.json(201, connectWithoutNumber ? answer : answer.put("number", number));
  }

  private synchronized SimResponse disconnectNumber(SimRequest r) {
    String number = r.pathParam("number");
    Channel channel = owner(number);
    if (channel == null) {
      return error(404, OPERATOR, "Number is not connected to a channel");
    }
    channel.numbers.remove(number);
    channel.numberTypes.remove(number);
    return SimResponse.empty(204);
  }

  private synchronized SimResponse callerIds(SimRequest r) {
    Optional<SimResponse> denied = checkAccount(r);
    if (denied.isPresent()) {
      return denied.get();
    }
    Integer offset = intParam(r, "offset", 0);
    Integer limit = intParam(r, "limit", Integer.MAX_VALUE);
    if (offset == null || limit == null) {
      return error(400, OPERATOR, "offset and limit must be non-negative integers");
    }
    offset = offsetIgnored ? 0 : offset;
    limit = Math.min(limit, pageSizeCap);
    ArrayNode page = Json.mapper().createArrayNode();
    for (int i = offset; i < callerIds.size() && i - offset < limit; i++) {
      page.addObject().put("callerId", callerIds.get(i));
    }
    return SimResponse.json(200, page);
  }

  private synchronized SimResponse idNameList(SimRequest r, Map<String, String> items, String key, String label) {
    Optional<SimResponse> denied = checkAccount(r);
    if (denied.isPresent()) {
      return denied.get();
    }
    ArrayNode list = Json.mapper().createArrayNode();
    items.forEach((id, name) -> {
      ObjectNode item = list.addObject();
      if (key.equals("code")) {
        item.put(label, name).put(key, id);
      } else {
        item.put(key, id).put(label, name);
      }
    });
    return SimResponse.json(200, list);
  }

  private synchronized SimResponse editChannel(SimRequest r) {
    Channel channel = channels.get(r.pathParam("name"));
    if (channel == null) {
      return error(404, OPERATOR, "Channel name does not exist");
    }
    JsonNode body = r.json();
    if (!body.isObject() || body.isEmpty()) {
      return error(400, OPERATOR, "Nothing to edit");
    }
    Optional<SimResponse> invalid = checkEdit(channel, body);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    ObjectNode settings = body.deepCopy();
    settings.remove("password");
    String newName = text(settings, "new_name");
    settings.remove("new_name");
    merge(channel.settings, settings);
    if (newName != null && !newName.equals(channel.name)) {
      channels.remove(channel.name);
      channel.name = newName;
      channels.put(newName, channel);
    }
    return SimResponse.json(200, Json.object().put("channel_name", channel.name));
  }

  private Optional<SimResponse> checkEdit(Channel channel, JsonNode body) {
    String newName = text(body, "new_name");
    if (body.has("new_name") && (newName == null || newName.isBlank())) {
      return Optional.of(error(400, OPERATOR, "new_name must not be empty"));
    }
    if (newName != null && !newName.equals(channel.name) && channels.containsKey(newName)) {
      return Optional.of(error(409, OPERATOR, "Channel name already in use"));
    }
    String callerId = text(body, "caller_id");
    if (body.has("caller_id") && !callerIds.contains(callerId)) {
      return Optional.of(error(400, OPERATOR, "Caller ID is not available for this account"));
    }
    JsonNode barrings = body.get("call_barrings");
    if (barrings != null) {
      if (!barrings.isArray()) {
        return Optional.of(error(400, OPERATOR, "call_barrings must be a list of codes"));
      }
      for (JsonNode code : barrings) {
        if (!callBarrings.containsKey(code.asText())) {
          return Optional.of(error(400, OPERATOR, "Call barring not found: " + code.asText()));
        }
      }
    }
    JsonNode sipTrunk = body.path("sip_trunk");
    String template = text(sipTrunk, "channel_template_id", "template_id");
    if (template != null && !templates.containsKey(template)) {
      return Optional.of(error(404, OPERATOR, "Template not found"));
    }
    String proxy = text(sipTrunk, "channel_proxy_id", "proxy_id");
    if (proxy != null && !proxies.containsKey(proxy)) {
      return Optional.of(error(404, OPERATOR, "Proxy not found"));
    }
    if (sipTrunk.has("ping") && !PING.contains(sipTrunk.get("ping").asInt(-1))) {
      return Optional.of(error(400, OPERATOR, "ping must be 1, 2 or 3"));
    }
    JsonNode clip = body.path("clip");
    if (clip.has("method") && !CLIP_METHODS.contains(clip.get("method").asInt(-1))) {
      return Optional.of(error(400, OPERATOR, "clip method must be 0, 1, 2, 3 or 5"));
    }
    JsonNode teams = body.get("microsoft_teams_configuration");
    if (teams != null && text(teams, "microsoft_tenant_id") == null) {
      return Optional.of(error(400, OPERATOR, "microsoft_tenant_id is required"));
    }
    return Optional.empty();
  }

  private synchronized SimResponse setNumberType(SimRequest r) {
    Channel channel = channels.get(r.pathParam("channel_name"));
    if (channel == null) {
      return error(404, OPERATOR, "Channel name does not exist");
    }
    JsonNode body = r.json();
    String bodyChannel = text(body, "channel_name");
    String number = text(body, "number");
    String type = text(body, "number_type");
    if (bodyChannel == null || number == null || type == null) {
      return error(400, OPERATOR, "channel_name, number and number_type are required");
    }
    if (!bodyChannel.equals(channel.name)) {
      return error(400, OPERATOR, "channel_name does not match the channel in the path");
    }
    if (!NUMBER_TYPES.contains(type)) {
      return error(400, OPERATOR, "number_type must be \"User\", \"Resource Account\" or \"\"");
    }
    String e164 = toE164(number);
    if (e164 == null || !channel.numbers.contains(e164)) {
      return error(404, OPERATOR, "Channel Number selected does not belong to the channel");
    }
    channel.numberTypes.put(e164, type);
    ObjectNode answer = Json.object()
        .put("@context", "/contexts/ChannelNumberOperatorConnect")
        .put("@id", "/channel_number_operator_connects/" + channel.name)
        .put("@type", "ChannelNumberOperatorConnect")
        .put("numbers", number)
        .put("number_type", type);
    return SimResponse.json(200, answer);
  }

  private synchronized SimResponse removeNumberType(SimRequest r) {
    Channel channel = channels.get(r.pathParam("channel_name"));
    if (channel == null) {
      return error(404, OPERATOR, "Channel name does not exist");
    }
    String e164 = toE164(r.pathParam("number"));
    String type = e164 == null ? null : channel.numberTypes.get(e164);
    if (type == null || type.isEmpty()) {
      return error(noNumberTypeStatus, OPERATOR, "Channel Number selected does not have Number type");
    }
    channel.numberTypes.remove(e164);
    return SimResponse.empty(204);
  }

  private Channel addChannelLocked(String name) {
    Channel c = new Channel(name);
    channels.put(name, c);
    return c;
  }

  private Channel owner(String number) {
    for (Channel c : channels.values()) {
      if (c.numbers.contains(number)) {
        return c;
      }
    }
    return null;
  }

  private Optional<SimResponse> checkAccount(SimRequest r) {
    return ACCOUNT_ID.equalsIgnoreCase(r.pathParam("accountId")) ? Optional.empty()
        : Optional.of(error(403, INSUFFICIENT_RIGHTS, "No access to this account"));
  }

  private static Integer intParam(SimRequest r, String name, int absent) {
    Optional<String> value = r.query(name);
    if (value.isEmpty()) {
      return absent;
    }
    try {
      int v = Integer.parseInt(value.get());
      return v < 0 ? null : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String toE164(String number) {
    if (number == null) {
      return null;
    }
    if (E164.matcher(number).matches()) {
      return number;
    }
    return ZERO_ZERO.matcher(number).matches() ? "+" + number.substring(2) : null;
  }

  /** Objects merge field by field; anything else replaces. */
  private static void merge(ObjectNode target, JsonNode changes) {
    for (Map.Entry<String, JsonNode> e : changes.properties()) {
      JsonNode existing = target.get(e.getKey());
      if (existing instanceof ObjectNode && e.getValue().isObject()) {
        merge((ObjectNode) existing, e.getValue());
      } else {
        target.set(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  private static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode v = node == null ? null : node.get(name);
      if (v != null && v.isValueNode() && !v.isNull()) {
        return v.asText();
      }
    }
    return null;
  }

  private static JsonNode parse(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The error in the shape and under the status the switches ask for. */
  private synchronized SimResponse error(int status, String identifier, String message) {
    ObjectNode body = Json.object();
    switch (errorShape) {
      case CODE_AND_MESSAGE:
        body.put("code", status).put("message", message);
        break;
      case ERROR:
        body.put("error", message);
        break;
      case HYDRA:
        body.put("@context", "/contexts/Error").put("@type", "hydra:Error").put("hydra:title", "An error occurred")
            .put("hydra:description", message);
        break;
      case PROBLEM:
        body.put("type", "/errors/" + status).put("title", "An error occurred").put("status", status)
            .put("detail", message);
        break;
      default:
        body.put("error_identifier", identifier).put("error_message", message);
    }
    return SimResponse.json(errorsWith200 ? 200 : status, body);
  }
}
