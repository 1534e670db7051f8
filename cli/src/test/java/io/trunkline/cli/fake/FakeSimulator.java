package io.trunkline.cli.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake vendor API on loopback, stateful: trunks created show up in lists, numbers move between trunks. Its
 * JSON is the neutral shape. Errors: 401 for a wrong token, 404 for an unknown id, 422 for a create without a
 * name or one starting with {@code bad}, 500 for a create named {@code explode} (a POST, so never retried).
 */
public class FakeSimulator extends VendorSimulator {
  public static final String TOKEN = "fake-token-7f3a9c";

  private final Map<String, ObjectNode> trunks = new LinkedHashMap<>();
  private int nextId = 1;

  public FakeSimulator() {
    route("GET", "/v1/trunks", this::list);
    route("POST", "/v1/trunks", this::create);
    route("GET", "/v1/trunks/{id}", r -> withTrunk(r, t -> SimResponse.json(200, t)));
    route("PATCH", "/v1/trunks/{id}", this::update);
    route("DELETE", "/v1/trunks/{id}", r -> withTrunk(r, t -> {
      trunks.remove(r.pathParam("id"));
      return SimResponse.empty(204);
    }));
    route("GET", "/v1/trunks/{id}/status", r -> withTrunk(r, t -> SimResponse.json(200,
        Json.object().put("registration", "ONLINE").put("vendorStatus", "registered")
            .put("lastSeen", "2026-03-31T10:00:00Z"))));
    route("PUT", "/v1/numbers/{number}", this::connect);
    route("DELETE", "/v1/numbers/{number}", this::disconnect);
    route("GET", "/v1/caller-ids", r -> SimResponse.json(200, json(
        "[{\"number\":\"+31201234567\",\"id\":\"c1\",\"name\":\"Main line\",\"verified\":true},"
            + "{\"number\":\"+31107654321\",\"id\":\"c2\",\"name\":\"Rotterdam\"}]")));
    route("GET", "/v1/proxies", r -> SimResponse.json(200, json(
        "[{\"id\":\"p1\",\"name\":\"eu-proxy\",\"host\":\"proxy.example.net\",\"port\":5060}]")));
    route("GET", "/v1/templates", r -> SimResponse.json(200, json(
        "[{\"id\":\"t1\",\"name\":\"standard\"},{\"id\":\"t2\",\"name\":\"high-volume\",\"channels\":100}]")));
    route("GET", "/v1/call-barrings", r -> SimResponse.json(200, json(
        "[{\"id\":\"b1\",\"name\":\"premium-rate\",\"prefixes\":[\"+31900\",\"+31906\"]}]")));
    route("GET", "/v1/export", r -> SimResponse.bytes(200, "text/csv",
        "id,name,city\r\n1,office-amsterdam,Zürich\r\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public String providerId() {
    return FakeProviderFactory.ID;
  }

  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.bearer(TOKEN))
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    if (request.header("Authorization").filter(("Bearer " + TOKEN)::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(SimResponse.json(401, "{\"code\":\"unauthorized\",\"message\":\"invalid token\"}"));
  }

  @Override
  public synchronized void seedDemoData() {
    add(json("{\"name\":\"office-amsterdam\",\"state\":\"ACTIVE\",\"host\":\"sip.example.net\",\"port\":5060,"
        + "\"transport\":\"UDP\",\"authMode\":\"CREDENTIALS\",\"username\":\"office\","
        + "\"numbers\":[\"+31201234567\",\"+31201234568\"],\"callerId\":\"+31201234567\",\"maxChannels\":10,"
        + "\"countryCode\":\"NL\",\"createdAt\":\"2026-03-31T10:00:00Z\","
        + "\"attributes\":{\"sip_calling_format\":\"e164\"}}"));
    add(json("{\"name\":\"Office \\\"HQ\\\", Rotterdam\",\"state\":\"INACTIVE\","
        + "\"host\":\"a-very-long-hostname-for-the-sip-gateway.eu-west-1.example.com\",\"authMode\":\"IP\","
        + "\"allowedIps\":[\"192.0.2.10\",\"198.51.100.0/24\"],"
        + "\"numbers\":[\"+31101110001\",\"+31101110002\",\"+31101110003\",\"+31101110004\"],\"maxChannels\":30}"));
    add(json("{\"name\":\"backup\",\"state\":\"PROVISIONING\",\"host\":\"sip2.example.net\",\"port\":5061,"
        + "\"transport\":\"TLS\",\"authMode\":\"CREDENTIALS\",\"username\":\"backup\"}"));
  }

  /** Adds a trunk as the vendor stores it: an id, lists present, no password. */
  synchronized ObjectNode add(JsonNode spec) {
    ObjectNode trunk = Json.object();
    trunk.put("id", String.valueOf(nextId++));
    trunk.setAll((ObjectNode) spec);
    trunk.remove("password");
    trunk.withArray("allowedIps");
    trunk.withArray("numbers");
    trunk.withObject("attributes");
    trunks.put(trunk.get("id").asText(), trunk);
    return trunk;
  }

  private synchronized SimResponse list(SimRequest r) {
    int offset = Integer.parseInt(r.query("offset").orElse("0"));
    int limit = Integer.parseInt(r.query("limit").orElse("50"));
    List<ObjectNode> all = new ArrayList<>(trunks.values());
    ArrayNode items = Json.mapper().createArrayNode();
    all.stream().skip(offset).limit(limit).forEach(items::add);
    ObjectNode page = Json.object();
    page.set("items", items);
    page.put("total", all.size());
    return SimResponse.json(200, page);
  }

  private synchronized SimResponse create(SimRequest r) {
    JsonNode body = r.json();
    String name = Json.text(body, "name").orElse("");
    if (name.isBlank() || name.startsWith("bad")) {
      return SimResponse.json(422, "{\"code\":\"invalid\",\"message\":\"name is not acceptable\"}");
    }
    if (name.equals("explode")) {
      return SimResponse.json(500, "{\"code\":\"internal\",\"message\":\"the vendor fell over\"}");
    }
    return SimResponse.json(201, add(body));
  }

  private synchronized SimResponse update(SimRequest r) {
    return withTrunk(r, trunk -> {
      JsonNode body = r.json();
      for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getKey().equals("attributes")) {
          trunk.withObject("attributes").setAll((ObjectNode) field.getValue());
        } else if (!field.getKey().equals("password") && !field.getKey().equals("id")) {
          trunk.set(field.getKey(), field.getValue());
        }
      }
      return SimResponse.json(200, trunk);
    });
  }

  private synchronized SimResponse connect(SimRequest r) {
    String number = r.pathParam("number");
    String trunkId = Json.text(r.json(), "trunk").orElse("");
    ObjectNode trunk = trunks.get(trunkId);
    if (trunk == null) {
      return notFound(trunkId);
    }
    trunks.values().forEach(t -> removeNumber(t, number));
    trunk.withArray("numbers").add(number);
    return SimResponse.empty(204);
  }

  private synchronized SimResponse disconnect(SimRequest r) {
    String number = r.pathParam("number");
    boolean found = false;
    for (ObjectNode t : trunks.values()) {
      found |= removeNumber(t, number);
    }
    return found ? SimResponse.empty(204)
        : SimResponse.json(404, "{\"code\":\"not_found\",\"message\":\"number " + number + " is not routed\"}");
  }

  private static boolean removeNumber(ObjectNode trunk, String number) {
    ArrayNode numbers = trunk.withArray("numbers");
    for (int i = 0; i < numbers.size(); i++) {
      if (numbers.get(i).asText().equals(number)) {
        numbers.remove(i);
        return true;
      }
    }
    return false;
  }

  private synchronized SimResponse withTrunk(SimRequest r, java.util.function.Function<ObjectNode, SimResponse> f) {
    ObjectNode trunk = trunks.get(r.pathParam("id"));
    return trunk == null ? notFound(r.pathParam("id")) : f.apply(trunk);
  }

  private static SimResponse notFound(String id) {
    return SimResponse.json(404, Json.object().put("code", "not_found").put("message", "no trunk '" + id + "'"));
  }

  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
