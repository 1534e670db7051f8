package io.trunkline.cli.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Capability;
import io.trunkline.core.Paged;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.TrunkStatus.Registration;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.Validate;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A test-only provider over the fake vendor API of {@link FakeSimulator}: the vendor speaks the neutral JSON
 * shape, so the mapping is trivial and the tests exercise the command line, not a mapping. It honours only the
 * capabilities its metadata declares, like a real provider.
 */
final class FakeProvider extends AbstractTrunkProvider {
  FakeProvider(ProviderContext context) {
    super(context);
  }

  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    require(Capability.LIST);
    Paged<SipTrunk> all = Paging.byOffset(query.pageSize().orElse(2), (offset, size) -> {
      JsonNode page = context.http().execute(ApiRequest.get("/v1/trunks").query("offset", offset)
          .query("limit", size).build(), JsonNode.class);
      List<SipTrunk> items = new ArrayList<>();
      page.get("items").forEach(item -> items.add(trunk(item)));
      return Paging.Chunk.of(items, page.get("total").asLong());
    }).filter(query::matches);
    return query.limit().map(all::limit).orElse(all);
  }

  @Override
  public SipTrunk get(String id) {
    require(Capability.GET);
    return trunk(context.http().execute(ApiRequest.get("/v1/trunks").segment("id", id).build(), JsonNode.class));
  }

  @Override
  public SipTrunk create(TrunkSpec spec) {
    require(Capability.CREATE);
    Validate.requiredText("name", spec.name().orElse(null));
    spec.port().ifPresent(p -> Validate.port("port", p));
    ObjectNode body = Json.mapper().valueToTree(spec);
    spec.password().ifPresent(p -> body.put("password", p.reveal()));
    return trunk(context.http().execute(ApiRequest.post("/v1/trunks").body(body)
        .sensitive(spec.password().orElse(null)).build(), JsonNode.class));
  }

  @Override
  public SipTrunk update(String id, TrunkUpdate update) {
    require(Capability.UPDATE);
    update.port().ifPresent(p -> Validate.port("port", p));
    ObjectNode body = Json.mapper().valueToTree(update);
    body.properties().removeIf(e -> e.getValue().isNull());
    body.remove("empty"); // core: TrunkUpdate.isEmpty() is serialized as a property (reported)
    update.password().ifPresent(p -> body.put("password", p.reveal()));
    return trunk(context.http().execute(ApiRequest.patch("/v1/trunks").segment("id", id).body(body)
        .sensitive(update.password().orElse(null)).build(), JsonNode.class));
  }

  @Override
  public void delete(String id) {
    require(Capability.DELETE);
    context.http().execute(ApiRequest.delete("/v1/trunks").segment("id", id).build());
  }

  @Override
  public TrunkStatus status(String id) {
    require(Capability.STATUS);
    JsonNode node = context.http().execute(
        ApiRequest.get("/v1/trunks").segment("id", id).path("status").build(), JsonNode.class);
    return TrunkStatus.builder().id(id)
        .registration(Registration.valueOf(node.get("registration").asText()))
        .vendorStatus(Json.text(node, "vendorStatus"))
        .attributes(Json.remainingFields(node, java.util.Set.of("registration", "vendorStatus"), java.util.Set.of()))
        .build();
  }

  @Override
  public void connectNumber(String trunkId, String number) {
    require(Capability.CONNECT_NUMBER);
    Validate.e164("number", number);
    ObjectNode body = Json.object().put("trunk", trunkId);
    context.http().execute(ApiRequest.put("/v1/numbers").segment("number", number).body(body).build());
  }

  @Override
  public void disconnectNumber(String number) {
    require(Capability.DISCONNECT_NUMBER);
    Validate.e164("number", number);
    context.http().execute(ApiRequest.delete("/v1/numbers").segment("number", number).build());
  }

  @Override
  public Paged<CallerId> callerIds() {
    require(Capability.CALLER_IDS);
    return listing("/v1/caller-ids", n -> CallerId.builder().provider(id()).number(n.get("number").asText())
        .id(Json.text(n, "id")).name(Json.text(n, "name"))
        .attributes(Json.remainingFields(n, java.util.Set.of("number", "id", "name"), java.util.Set.of())).build());
  }

  @Override
  public Paged<Proxy> proxies() {
    require(Capability.PROXIES);
    return listing("/v1/proxies", n -> Proxy.builder().provider(id()).id(n.get("id").asText())
        .name(Json.text(n, "name")).attributes(rest(n)).build());
  }

  @Override
  public Paged<Template> templates() {
    require(Capability.TEMPLATES);
    return listing("/v1/templates", n -> Template.builder().provider(id()).id(n.get("id").asText())
        .name(Json.text(n, "name")).attributes(rest(n)).build());
  }

  @Override
  public Paged<CallBarring> callBarrings() {
    require(Capability.CALL_BARRINGS);
    return listing("/v1/call-barrings", n -> CallBarring.builder().provider(id()).id(n.get("id").asText())
        .name(Json.text(n, "name")).attributes(rest(n)).build());
  }

  @Override
  public long export(OutputStream out) {
    require(Capability.EXPORT);
    return context.http().download(ApiRequest.get("/v1/export").build(), out);
  }

  @Override
  public Object vendorClient() {
    return context.http();
  }

  private <T> Paged<T> listing(String path, Function<JsonNode, T> map) {
    return Paging.unpaged(() -> {
      JsonNode array = context.http().execute(ApiRequest.get(path).build(), JsonNode.class);
      List<T> items = new ArrayList<>();
      array.forEach(n -> items.add(map.apply(n)));
      return items;
    });
  }

  private static java.util.Map<String, JsonNode> rest(JsonNode node) {
    return Json.remainingFields(node, java.util.Set.of("id", "name"), java.util.Set.of());
  }

  private SipTrunk trunk(JsonNode node) {
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.put("provider", id());
    try {
      return Json.mapper().treeToValue(copy, SipTrunk.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void require(Capability capability) {
    if (!supports(capability)) {
      throw new UnsupportedCapabilityException(id(), capability);
    }
  }
}
