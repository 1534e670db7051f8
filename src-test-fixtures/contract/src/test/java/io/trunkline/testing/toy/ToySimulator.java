package io.trunkline.testing.toy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** A stateful toy vendor: offset paging, bearer auth, 404 for unknown ids. */
public final class ToySimulator extends VendorSimulator {
  static final String TOKEN = "toy-token-5x9";
  private final Map<Long, ObjectNode> trunks = new ConcurrentSkipListMap<>();
  private final AtomicLong ids = new AtomicLong();

  public ToySimulator() {
    route("GET", "/v1/trunks", this::list);
    route("POST", "/v1/trunks", this::create);
    route("GET", "/v1/trunks/{id}", r -> find(r).map(t -> SimResponse.json(200, t)).orElse(notFound()));
    route("PUT", "/v1/trunks/{id}", r -> find(r).map(t -> SimResponse.json(200, t.setAll((ObjectNode) r.json())))
        .orElse(notFound()));
    route("DELETE", "/v1/trunks/{id}", r -> find(r).map(t -> {
      trunks.values().remove(t);
      return SimResponse.empty(204);
    }).orElse(notFound()));
  }

  @Override
  public String providerId() {
    return "toy";
  }

  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder().baseUrl(baseUrl()).credentials(Credentials.bearer(TOKEN)).build();
  }

  @Override
  public void seedDemoData() {
    for (String name : List.of("alpha", "beta", "gamma")) {
      add(name);
    }
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    return request.header("Authorization").filter(("Bearer " + TOKEN)::equals).isPresent()
        ? Optional.empty() : Optional.of(SimResponse.json(401, "{\"message\":\"bad token\"}"));
  }

  private ObjectNode add(String name) {
    long id = ids.incrementAndGet();
    ObjectNode t = Json.object().put("id", String.valueOf(id)).put("name", name).put("region", "eu");
    trunks.put(id, t);
    return t;
  }

  private SimResponse list(SimRequest r) {
    int offset = Integer.parseInt(r.query("offset").orElse("0"));
    int limit = Integer.parseInt(r.query("limit").orElse("2"));
    List<JsonNode> all = new ArrayList<>(trunks.values());
    ObjectNode page = Json.object().put("total", all.size());
    all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())).forEach(page.putArray("items")::add);
    if (!page.has("items")) {
      page.putArray("items");
    }
    return SimResponse.json(200, page);
  }

  private SimResponse create(SimRequest r) {
    return SimResponse.json(201, add(r.json().path("name").asText()));
  }

  private Optional<ObjectNode> find(SimRequest r) {
    try {
      return Optional.ofNullable(trunks.get(Long.parseLong(r.pathParam("id"))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static SimResponse notFound() {
    return SimResponse.json(404, "{\"message\":\"no such trunk\"}");
  }
}
