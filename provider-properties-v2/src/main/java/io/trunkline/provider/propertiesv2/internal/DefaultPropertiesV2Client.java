package io.trunkline.provider.propertiesv2.internal;

import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.ALLOWED_COUNTRIES;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.CREATED;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.CREDENTIALS;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.CREDENTIALS_PASSWORD;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.IP_ADDRESSES;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.MODIFIED;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.PASSWORD;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.VendorBody;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import io.trunkline.provider.propertiesv2.PropertiesV2Client;
import io.trunkline.provider.propertiesv2.SipTrunkCreate;
import io.trunkline.provider.propertiesv2.SipTrunkCredentials;
import io.trunkline.provider.propertiesv2.SipTrunkDetails;
import io.trunkline.provider.propertiesv2.SipTrunkListQuery;
import io.trunkline.provider.propertiesv2.SipTrunkProvisioning;
import io.trunkline.provider.propertiesv2.SipTrunkSummary;
import io.trunkline.provider.propertiesv2.SipTrunkType;
import io.trunkline.provider.propertiesv2.SipTrunkUpdate;

/**
 * The {@link PropertiesV2Client} over the provider's {@link HttpEngine}; also the vendor calls of the neutral
 * provider ({@link PropertiesV2Adapter}), which reads the same answers through the field declaration.
 */
final class DefaultPropertiesV2Client implements PropertiesV2Client {
  /** Reads one trunk object of an answer: the typed models, or the neutral trunk through the declaration. */
  @FunctionalInterface
  interface ItemReader<T> {
    T read(JsonNode item) throws IOException;
  }

  private final HttpEngine http;
  private final String accountSid;
  private final String propertySid;
  private final UpdateMethod updateMethod;

  DefaultPropertiesV2Client(HttpEngine http, String accountSid, String propertySid, UpdateMethod updateMethod) {
    this.http = Objects.requireNonNull(http, "http");
    this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
    this.propertySid = Objects.requireNonNull(propertySid, "propertySid");
    this.updateMethod = Objects.requireNonNull(updateMethod, "updateMethod");
  }

  @Override
  public String accountSid() {
    return accountSid;
  }

  @Override
  public String propertySid() {
    return propertySid;
  }

  @Override
  public String updateMethod() {
    return updateMethod.name();
  }

  @Override
  public Paged<SipTrunkSummary> listSipTrunks(SipTrunkListQuery query) {
    return list(query, item -> typed(item, SipTrunkSummary.class));
  }

  @Override
  public SipTrunkDetails getSipTrunkDetails(String sipTrunkSid) {
    return details(sipTrunkSid, item -> typed(item, SipTrunkDetails.class));
  }

  @Override
  public String createSipTrunk(SipTrunkCreate body) {
    Objects.requireNonNull(body, "body");
    PropertiesV2Validator.validate(body);
    return create(vendorBody(body, body.credentials()));
  }

  @Override
  public void updateSipTrunk(String sipTrunkSid, SipTrunkUpdate body) {
    Objects.requireNonNull(body, "body");
    PropertiesV2Validator.validate(body);
    update(sipTrunkSid, vendorBody(body, body.credentials()));
  }

  @Override
  public void deleteSipTrunk(String sipTrunkSid) {
    http.execute(property(ApiRequest.delete("/v2/Properties")).path("SipTrunk").segment(PropertiesV2Fields.SID, sipTrunkSid)
        .build(), ResponseShapes.NO_ERROR);
  }

  /**
   * The list, each trunk object read by {@code reader} as it streams in; the envelope found by
   * {@link ResponseShapes}. Paged as {@link #pages} says.
   */
  <T> Paged<T> list(SipTrunkListQuery query, ItemReader<T> reader) {
    return pages(query, ResponseShapes.page(reader));
  }

  /**
   * The list, each page read by {@code pageReader}. Paged to the end ({@link Paging#byOffsetToEnd}): the vendor's
   * largest page is not documented, so a short page is not taken as the last — unless the vendor has answered a
   * full page of this listing before (then it does not cap the page size, and the short page ends the listing,
   * reported with the total it implies).
   */
  <T> Paged<T> pages(SipTrunkListQuery query, ResponseReader<Paging.Chunk<T>> pageReader) {
    Objects.requireNonNull(query, "query");
    AtomicBoolean fullPageSeen = new AtomicBoolean();
    return Paging.byOffsetToEnd(query.pageSize(), (offset, size) -> {
      Paging.Chunk<T> page = http.execute(listRequest(query, offset, size), pageReader);
      int count = page.items().size();
      if (count >= size) {
        fullPageSeen.set(true);
      }
      boolean last = page.total().isEmpty() && count > 0 && count < size && fullPageSeen.get();
      return last ? Paging.Chunk.of(page.items(), offset + count) : page;
    });
  }

  /** The details answer, its trunk object (bare or wrapped) read by {@code reader}. */
  <T> T details(String sipTrunkSid, ItemReader<T> reader) {
    ApiRequest request = property(ApiRequest.get("/v2/Properties"))
        .path("SipTrunk").segment(PropertiesV2Fields.SID, sipTrunkSid).path("Details")
        .build();
    return http.execute(request, ResponseShapes.item(reader));
  }

  /** Sends a checked create body; the new trunk's id. */
  String create(VendorBody body) {
    ApiRequest.Builder request = property(ApiRequest.post("/v2/Properties")).path("SipTrunk");
    return http.execute(wire(request, body).build(), ResponseShapes.CREATED_SID);
  }

  /** Sends a checked update body with the configured verb; the answer is read only for the vendor's error. */
  void update(String sipTrunkSid, VendorBody body) {
    ApiRequest.Builder request = property(ApiRequest.method(updateMethod.name(), "/v2/Properties"))
        .path("SipTrunk").segment(PropertiesV2Fields.SID, sipTrunkSid);
    http.execute(wire(request, body).build(), ResponseShapes.NO_ERROR);
  }

  /**
   * A trunk object as the typed model {@code type}. A {@code Type} or {@code ProvisioningState} written as a name
   * the document does not give is not guessed: it stays, as sent, in {@code extraFields()}, and the typed field is
   * empty.
   */
  static <T> T typed(JsonNode item, Class<T> type) throws IOException {
    ObjectNode known = null;
    Map<String, JsonNode> unknown = new LinkedHashMap<>();
    for (String field : List.of(PropertiesV2Fields.TYPE, PropertiesV2Fields.PROVISIONING_STATE)) {
      if (VendorCodes.unknownName(field, item.get(field))) {
        known = known == null ? ((ObjectNode) item).deepCopy() : known;
        unknown.put(field, known.remove(field));
      }
    }
    T value = Json.mapper().treeToValue(known == null ? item : known, type);
    if (unknown.isEmpty()) {
      return value;
    }
    Object kept = value instanceof SipTrunkDetails
        ? SipTrunkDetails.builder().from((SipTrunkDetails) value).putAllExtraFields(unknown).build()
        : SipTrunkSummary.builder().from((SipTrunkSummary) value).putAllExtraFields(unknown).build();
    return type.cast(kept);
  }

  private ApiRequest.Builder property(ApiRequest.Builder request) {
    return request.segment("PropertySid", propertySid);
  }

  private ApiRequest listRequest(SipTrunkListQuery query, long offset, int size) {
    return property(ApiRequest.get("/v2/Properties")).path("SipTrunks")
        .query(PropertiesV2Fields.TYPE, query.type().map(SipTrunkType::code).orElse(null))
        .query("Active", query.active().orElse(null))
        .query(PropertiesV2Fields.PROVISIONING_STATE, query.provisioningState().map(SipTrunkProvisioning::code)
            .orElse(null))
        .query("Results_Skip", offset)
        .query("Results_Count", size)
        .build();
  }

  /** A typed body as the vendor body: the model's JSON, its password (which that JSON masks) as a secret. */
  private static VendorBody vendorBody(Object model, Optional<SipTrunkCredentials> credentials) {
    VendorBody body = VendorBody.empty();
    Json.mapper().<ObjectNode>valueToTree(model).properties().forEach(f -> body.put(f.getKey(), f.getValue()));
    credentials.flatMap(SipTrunkCredentials::password).ifPresent(password -> body.put(CREDENTIALS_PASSWORD, password));
    return body;
  }

  /**
   * The body as the vendor must see it, the one place both the typed and the neutral writes pass: without the
   * read-only time stamps of list entries (a details answer carries them; sending them back means nothing), and
   * with the password inside the credentials object, still a {@link Secret} that is revealed only on the wire and
   * masked in every log line and error of this request.
   */
  private static ApiRequest.Builder wire(ApiRequest.Builder request, VendorBody body) {
    for (String list : List.of(IP_ADDRESSES, ALLOWED_COUNTRIES)) {
      body.get(list).filter(JsonNode::isArray).ifPresent(entries -> {
        ArrayNode copy = entries.deepCopy();
        copy.forEach(entry -> {
          if (entry.isObject()) {
            ((ObjectNode) entry).remove(List.of(CREATED, MODIFIED));
          }
        });
        body.put(list, copy);
      });
    }
    Object password = body.remove(CREDENTIALS_PASSWORD);
    if (password instanceof Secret) {
      VendorBody credentials = VendorBody.empty();
      body.get(CREDENTIALS).filter(JsonNode::isObject).ifPresent(object -> object.properties().forEach(f -> {
        if (!f.getKey().equals(PASSWORD)) {
          credentials.put(f.getKey(), f.getValue());
        }
      }));
      credentials.put(PASSWORD, (Secret) password);
      body.put(CREDENTIALS, credentials);
    }
    return request.body(body);
  }

  @Override
  public String toString() {
    return "PropertiesV2Client[property " + propertySid + ", update " + updateMethod + "]";
  }
}
