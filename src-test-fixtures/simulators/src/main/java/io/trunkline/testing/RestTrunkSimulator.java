package io.trunkline.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.SecretNames;
import java.util.Optional;

/**
 * A plain REST vendor for a new provider's first tests: trunks under one collection path, bearer token, offset
 * paging ({@code ?offset=&limit=}, answered as {@code {"items": [...], "total": n}}), numeric ids, {@code PUT} to
 * change, 404 for unknown ids, secret-looking fields stored but never returned. Stateful, like the real thing.
 */
public class RestTrunkSimulator extends VendorSimulator {
  private static final SimResponse NOT_FOUND = SimResponse.json(404, "{\"message\":\"no such trunk\"}");
  private final String providerId;
  private final String token;
  private final TrunkStore store = new TrunkStore("id");

  public RestTrunkSimulator(String providerId, String collection, String token) {
    this.providerId = providerId;
    this.token = token;
    route("GET", collection, r -> SimResponse.json(200, store.page(number(r, "offset", 0), number(r, "limit", 2),
        "items", "total")));
    route("POST", collection, r -> SimResponse.json(201, visible(store.add(r.json()))));
    route("GET", collection + "/{id}", r -> store.find(r.pathParam("id"))
        .map(t -> SimResponse.json(200, visible(t))).orElse(NOT_FOUND));
    route("PUT", collection + "/{id}", r -> store.find(r.pathParam("id"))
        .map(t -> SimResponse.json(200, visible(t.setAll((ObjectNode) r.json())))).orElse(NOT_FOUND));
    route("DELETE", collection + "/{id}", r -> store.remove(r.pathParam("id")) ? SimResponse.empty(204) : NOT_FOUND);
  }

  /** The trunks as stored, secrets included: what a test inspects to see what was sent. */
  public TrunkStore store() {
    return store;
  }

  @Override
  public String providerId() {
    return providerId;
  }

  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder().baseUrl(baseUrl()).credentials(Credentials.bearer(token)).build();
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    return request.header("Authorization").filter(("Bearer " + token)::equals).isPresent() ? Optional.empty()
        : Optional.of(SimResponse.json(401, "{\"message\":\"bad token\"}"));
  }

  private static ObjectNode visible(ObjectNode trunk) {
    ObjectNode shown = trunk.deepCopy();
    trunk.fieldNames().forEachRemaining(name -> {
      if (SecretNames.looksSecret(name)) {
        shown.remove(name);
      }
    });
    return shown;
  }

  private static long number(SimRequest request, String name, long fallback) {
    return request.query(name).map(Long::parseLong).orElse(fallback);
  }
}
