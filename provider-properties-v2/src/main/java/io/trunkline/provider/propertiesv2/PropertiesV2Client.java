package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Fone Dynamics REST API v2 for the SIP trunks of one Property, with the vendor's own types. Every call is
 * authenticated with HTTP Basic (account SID and token) and scoped to the configured {@code PropertySid}.
 * Request bodies are checked against the documented rules before anything is sent
 * ({@code TrunkValidationException}); vendor errors arrive as the typed {@code TrunkApiException}s with the
 * vendor's {@code ErrorCode} kept. Thread-safe.
 *
 * <p>Get one from {@code provider.unwrap(PropertiesV2Client.class)}.
 */
public final class PropertiesV2Client {
  private static final JavaType JSON_TREE = Json.mapper().constructType(JsonNode.class);
  private static final ResponseReader<JsonNode> TREE = response -> response.json(JSON_TREE);

  private final HttpEngine http;
  private final String accountSid;
  private final String propertySid;
  private final UpdateMethod updateMethod;

  PropertiesV2Client(HttpEngine http, String accountSid, String propertySid, UpdateMethod updateMethod) {
    this.http = Objects.requireNonNull(http, "http");
    this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
    this.propertySid = Objects.requireNonNull(propertySid, "propertySid");
    this.updateMethod = Objects.requireNonNull(updateMethod, "updateMethod");
  }

  /** The account these calls authenticate as (the Basic user name). */
  public String accountSid() {
    return accountSid;
  }

  /** The Property whose SIP trunks these calls manage. */
  public String propertySid() {
    return propertySid;
  }

  /** The verb {@link #updateSipTrunk} sends (setting {@code update-method}). */
  public UpdateMethod updateMethod() {
    return updateMethod;
  }

  /**
   * {@code GET /v2/Properties/{PropertySid}/SipTrunks}: the trunks matching {@code query}, paged lazily with
   * {@code Results_Skip}/{@code Results_Count}. Paging stops at a page shorter than the page size, an empty page,
   * or the total count when the answer sends one. The answer may be a bare array or an object holding it.
   */
  public Paged<SipTrunkSummary> listSipTrunks(SipTrunkListQuery query) {
    Objects.requireNonNull(query, "query");
    return Paging.byOffset(query.pageSize(), (offset, size) -> listPage(query, offset, size));
  }

  /** Every trunk of the Property, {@value SipTrunkListQuery#DEFAULT_PAGE_SIZE} per request. */
  public Paged<SipTrunkSummary> listSipTrunks() {
    return listSipTrunks(SipTrunkListQuery.all());
  }

  /** {@code GET /v2/Properties/{PropertySid}/SipTrunk/{SipTrunkSid}/Details}. */
  public SipTrunkDetails getSipTrunkDetails(String sipTrunkSid) {
    ApiRequest request = property(ApiRequest.get("/v2/Properties"))
        .path("SipTrunk").segment("SipTrunkSid", sipTrunkSid).path("Details")
        .build();
    return http.execute(request, response ->
        Json.mapper().treeToValue(ResponseShapes.trunk(TREE.read(response)), SipTrunkDetails.class));
  }

  /**
   * {@code POST /v2/Properties/{PropertySid}/SipTrunk}; returns the new trunk's {@code SipTrunkSid} (the vendor
   * answers only that). Never retried: a create whose outcome is unknown fails with
   * {@code TrunkTransportException#outcomeUnknown()}.
   */
  public String createSipTrunk(SipTrunkCreate body) {
    Objects.requireNonNull(body, "body");
    PropertiesV2Validator.validate(body);
    ApiRequest.Builder request = property(ApiRequest.post("/v2/Properties")).path("SipTrunk");
    request.body(wireBody(Json.mapper().valueToTree(body), body.credentials(), request));
    return http.execute(request.build(), response -> ResponseShapes.createdSid(TREE.read(response)));
  }

  /**
   * Updates {@code sipTrunkSid} with the fields {@code body} sets: {@code PUT} (or the {@code update-method}
   * setting's verb) on {@code /v2/Properties/{PropertySid}/SipTrunk/{SipTrunkSid}}. The answer's body is not
   * documented and is not read; call {@link #getSipTrunkDetails} for the trunk as it now is.
   */
  public void updateSipTrunk(String sipTrunkSid, SipTrunkUpdate body) {
    Objects.requireNonNull(body, "body");
    ApiRequest.Builder request = property(ApiRequest.method(updateMethod.name(), "/v2/Properties"))
        .path("SipTrunk").segment("SipTrunkSid", sipTrunkSid);
    PropertiesV2Validator.validate(body);
    request.body(wireBody(Json.mapper().valueToTree(body), body.credentials(), request));
    http.execute(request.build());
  }

  /**
   * {@code DELETE /v2/Properties/{PropertySid}/SipTrunk/{SipTrunkSid}}. <b>Not documented by the vendor:</b> the most
   * likely endpoint, the REST counterpart of create and update (see the module README, choice 6). A vendor without
   * it answers 404 or 405, reported as the typed exception; nothing else is sent.
   */
  public void deleteSipTrunk(String sipTrunkSid) {
    http.execute(property(ApiRequest.delete("/v2/Properties")).path("SipTrunk").segment("SipTrunkSid", sipTrunkSid)
        .build());
  }

  private ApiRequest.Builder property(ApiRequest.Builder request) {
    return request.segment("PropertySid", propertySid);
  }

  private Paging.Chunk<SipTrunkSummary> listPage(SipTrunkListQuery query, long offset, int size) {
    ApiRequest request = property(ApiRequest.get("/v2/Properties")).path("SipTrunks")
        .query("Type", query.type().map(SipTrunkType::code).orElse(null))
        .query("Active", query.active().orElse(null))
        .query("ProvisioningState", query.provisioningState().map(ProvisioningState::code).orElse(null))
        .query("Results_Skip", offset)
        .query("Results_Count", size)
        .build();
    return http.execute(request, response -> {
      JsonNode root = TREE.read(response);
      List<SipTrunkSummary> items = new ArrayList<>();
      for (JsonNode item : ResponseShapes.listItems(root)) {
        items.add(Json.mapper().treeToValue(item, SipTrunkSummary.class));
      }
      return Paging.Chunk.of(items, ResponseShapes.total(root));
    });
  }

  /**
   * The body as the vendor must see it: the model's JSON without the read-only timestamps of list entries (a
   * details answer carries them; sending them back means nothing), with the clear password put back (the model
   * itself writes {@code ****}), which is then masked in every log line and error of this request.
   */
  private static ObjectNode wireBody(ObjectNode json, Optional<SipTrunkCredentials> credentials,
      ApiRequest.Builder request) {
    for (String list : new String[] {"SipTrunkIpAddresses", "SipTrunkAllowedCountries"}) {
      JsonNode entries = json.get(list);
      if (entries != null) {
        entries.forEach(entry -> ((ObjectNode) entry).remove(List.of("Created", "Modified")));
      }
    }
    credentials.flatMap(SipTrunkCredentials::password).ifPresent(password -> {
      ((ObjectNode) json.get("SipTrunkCredentials")).put("Password", password.reveal());
      request.sensitive(password);
    });
    return json;
  }

  @Override
  public String toString() {
    return "PropertiesV2Client[property " + propertySid + ", update " + updateMethod + "]";
  }
}
