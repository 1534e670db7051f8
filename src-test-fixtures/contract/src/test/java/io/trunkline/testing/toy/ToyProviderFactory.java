package io.trunkline.testing.toy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Capability;
import io.trunkline.core.CredentialKind;
import io.trunkline.core.Paged;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.TrunkProviderFactory;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The smallest provider there is, written only against core's SPI: proof that the kit suffices. */
public final class ToyProviderFactory implements TrunkProviderFactory {
  static final ProviderMetadata METADATA = ProviderMetadata.builder().id("toy").displayName("Toy vendor")
      .addCredentialKinds(CredentialKind.BEARER)
      .addCapabilities(Capability.LIST, Capability.GET, Capability.CREATE, Capability.UPDATE, Capability.DELETE)
      .build();

  @Override
  public ProviderMetadata metadata() {
    return METADATA;
  }

  @Override
  public TrunkProvider create(ProviderConfig config) {
    return new Toy(ProviderContext.builder(METADATA, config).build());
  }

  static final class Toy extends AbstractTrunkProvider {
    Toy(ProviderContext context) {
      super(context);
    }

    @Override
    public Object vendorClient() {
      return context.http();
    }

    @Override
    public Paged<SipTrunk> list(TrunkQuery query) {
      Paged<SipTrunk> all = Paging.byOffset(query.pageSize().orElse(2), (offset, size) -> {
        JsonNode page = context.http().execute(ApiRequest.get("/v1/trunks").query("offset", offset).query("limit", size)
            .build(), JsonNode.class);
        List<SipTrunk> items = new ArrayList<>();
        page.path("items").forEach(n -> items.add(map(n)));
        return Paging.Chunk.of(items, page.path("total").asLong());
      }).filter(query::matches);
      return query.limit().map(all::limit).orElse(all);
    }

    @Override
    public SipTrunk get(String id) {
      return map(context.http().execute(ApiRequest.get("/v1/trunks").segment("id", Validate.numericId("id", id)).build(),
          JsonNode.class));
    }

    @Override
    public SipTrunk create(TrunkSpec spec) {
      ObjectNode body = Json.object().put("name", Validate.length("name", Validate.required("name", spec.name()).get(), 1, 64));
      spec.password().ifPresent(p -> body.put("password", p.reveal()));
      return map(context.http().execute(ApiRequest.post("/v1/trunks").body(body).sensitive(spec.password().orElse(null))
          .build(), JsonNode.class));
    }

    @Override
    public SipTrunk update(String id, TrunkUpdate update) {
      ObjectNode body = Json.object();
      update.name().ifPresent(n -> body.put("name", n));
      return map(context.http().execute(ApiRequest.put("/v1/trunks").segment("id", Validate.numericId("id", id))
          .body(body).build(), JsonNode.class));
    }

    @Override
    public void delete(String id) {
      context.http().execute(ApiRequest.delete("/v1/trunks").segment("id", Validate.numericId("id", id)).build());
    }

    private SipTrunk map(JsonNode n) {
      String id = Json.text(n, "id").orElseThrow(() -> new io.trunkline.core.error.TrunkResponseException(
          "toy trunk without id", "GET", "/v1/trunks", 200, null));
      return SipTrunk.builder().provider("toy").id(id).name(Json.text(n, "name"))
          .attributes(Json.remainingFields(n, Set.of("id", "name"), Set.of("password"))).build();
    }
  }
}
