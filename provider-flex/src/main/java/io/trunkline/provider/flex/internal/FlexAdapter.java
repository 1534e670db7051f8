package io.trunkline.provider.flex.internal;

import static io.trunkline.provider.flex.internal.FlexFields.FIELDS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ReadBack;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.provider.flex.FlexAuthMethod;
import io.trunkline.provider.flex.FlexClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Wavix's trunk calls for the kit: {@code /v1/trunks} paged by {@code page}/{@code per_page}, get, create, a
 * whole-replace {@code PUT} and delete. Answers are read by {@link FlexFields#FIELDS}; what is particular to Wavix
 * on the wire is here: a trunk is completed from its list item (which alone carries its status), the neutral host
 * and auth mode become Wavix's IP-authentication request, required flags take their documented defaults, and an
 * update sends only fields of Wavix's request, each one known.
 */
final class FlexAdapter implements TrunkAdapter {
  /** The kit's streaming page reader; Wavix answers an empty page with a JSON null for {@link FlexFields#TRUNKS}. */
  private static final ResponseReader<Paging.Chunk<SipTrunk>> PAGE = FIELDS.pageOrEmpty(FlexFields.TRUNKS,
      "/" + FlexFields.PAGINATION + "/" + FlexFields.TOTAL);
  /** A page of the list as Wavix sends its items, for completing one trunk. */
  private static final ResponseReader<Paging.Chunk<JsonNode>> RAW_PAGE = response -> {
    JsonNode page = DefaultFlexClient.JSON.read(response);
    List<JsonNode> items = new ArrayList<>();
    page.path(FlexFields.TRUNKS).forEach(items::add);
    JsonNode total = page.path(FlexFields.PAGINATION).path(FlexFields.TOTAL);
    return Paging.Chunk.of(items, total.isIntegralNumber() && total.canConvertToLong()
        ? OptionalLong.of(total.longValue()) : OptionalLong.empty());
  };
  private static final String HOST_LABEL = NeutralField.HOST.property() + " (" + FlexFields.HOST + ")";

  private final DefaultFlexClient client;

  FlexAdapter(DefaultFlexClient client) {
    this.client = client;
  }

  @Override
  public FlexClient vendorClient() {
    return client;
  }

  /** Wavix has no filters: the kit filters and limits; {@code query.pageSize()} (default 25) per request. */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    return Paging.byPageNumber(1, query.pageSize().orElse(FlexClient.DEFAULT_PAGE_SIZE),
        (page, size) -> client.send(DefaultFlexClient.listRequest(page, size), PAGE));
  }

  /**
   * {@code GET /v1/trunks/{id}}, completed from the trunk's list item when the answer lacks the status (Wavix's
   * trunk document never has it) or a setting ({@link FlexFields#SETTINGS}, absent or null): those are taken
   * from the list, so {@code state} is what {@code list} says and an update can carry every setting.
   */
  @Override
  public SipTrunk get(String id) {
    JsonNode answer = client.send(ApiRequest.get(DefaultFlexClient.PATH).segment(FlexFields.ID, id).build(),
        DefaultFlexClient.JSON);
    return read(incomplete(answer) ? completed(answer, listed(id)) : answer);
  }

  /**
   * {@code POST /v1/trunks}. A 2xx whose answer cannot be read (not JSON, not a trunk) means the trunk was created:
   * {@link TrunkWriteAppliedException} (with the id when the answer names one), never a failure to retry.
   */
  @Override
  public SipTrunk create(VendorBody body, TrunkSpec spec) {
    toWire(body, spec.host(), spec.authMode(), spec.attributes());
    JsonNode answer;
    try {
      answer = client.send(ApiRequest.post(DefaultFlexClient.PATH).body(body).build(), DefaultFlexClient.JSON);
    } catch (TrunkResponseException e) {
      throw answered(e) ? new TrunkWriteAppliedException(FlexClient.ID, "created", null, e) : e;
    }
    try {
      return read(answer);
    } catch (TrunkResponseException e) {
      JsonNode id = answer.path(FlexFields.ID);
      throw new TrunkWriteAppliedException(FlexClient.ID, "created",
          id.isIntegralNumber() || id.isTextual() ? id.asText() : null, e);
    }
  }

  /** True for an unreadable answer that came with a 2xx (status 0: read after the status was checked). */
  private static boolean answered(TrunkResponseException e) {
    return e.status() == 0 || e.status() >= 200 && e.status() < 300;
  }

  /**
   * {@code body} is the whole trunk (the kit read it, completed, and applied {@code update}): only fields of
   * Wavix's request, since the declaration marks the others read-only and fields it does not know are not sent.
   * Setting allowed IPs or a channel limit switches its restriction flag too, unless the update sets the flag. A
   * setting whose current value Wavix reported nowhere is refused rather than reset; an IP-authentication request
   * Wavix rejected is not sent again unless the update asks for one.
   */
  @Override
  public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    SipTrunk current = body.replaces().orElse(null);
    Map<String, JsonNode> given = update.attributes();
    update.allowedIps().filter(ips -> !given.containsKey(FlexFields.IP_RESTRICT))
        .ifPresent(ips -> body.put(FlexFields.IP_RESTRICT, Json.mapper().valueToTree(!ips.isEmpty())));
    update.maxChannels().filter(max -> !given.containsKey(FlexFields.CHANNELS_RESTRICT))
        .ifPresent(max -> body.put(FlexFields.CHANNELS_RESTRICT, Json.mapper().valueToTree(true)));
    List<String> unknown = FlexFields.SETTINGS.stream()
        .filter(name -> body.get(name).filter(v -> !v.isNull()).isEmpty()).map(name -> "attributes." + name).toList();
    if (!unknown.isEmpty()) {
      throw new TrunkValidationException(String.join(", ", unknown), "not reported by Wavix for this trunk (neither"
          + " by the trunk nor by its list item), and Wavix's update replaces the whole trunk, resetting what it"
          + " leaves out: set " + (unknown.size() > 1 ? "them" : "it") + " in this update");
    }
    boolean asksForAuthentication = update.host().isPresent() || update.authMode().isPresent()
        || given.containsKey(FlexFields.HOST_REQUEST);
    if (!asksForAuthentication && current != null && current.id().equals(id)) {
      keepHostRequest(body, current);
    }
    toWire(body, update.host(), update.authMode(), given);
    try {
      return read(client.send(ApiRequest.put(DefaultFlexClient.PATH).segment(FlexFields.ID, id).body(body).build(),
          DefaultFlexClient.JSON));
    } catch (TrunkResponseException e) {
      if (!answered(e)) {
        throw e;
      }
      return ReadBack.after(FlexClient.ID, "updated", id, this::get);
    }
  }

  /**
   * The trunk's IP-authentication request as Wavix reported it, for an update that does not ask for another: one
   * Wavix rejected ({@code host_request.status} or the trunk's {@code status}) is not sent again, so the trunk
   * registers by digest; a pending or approved one is sent for its host (a pending one stays under review). Without
   * a reported request, the trunk's own authentication is kept ({@link #toWire}).
   */
  private static void keepHostRequest(VendorBody body, SipTrunk current) {
    JsonNode request = current.attributes().getOrDefault(FlexFields.HOST_REQUEST, NullNode.getInstance());
    boolean rejected = FlexFields.REJECTED.equals(request.path(FlexFields.STATUS).asText())
        || current.state().filter(TrunkState.INACTIVE::equals).isPresent();
    JsonNode host = request.path(FlexFields.HOST);
    if (!rejected && !(host.isTextual() && FlexFields.isIp(host.asText()))) {
      return;
    }
    body.remove(FlexFields.HOST);
    body.remove(FlexFields.AUTH_METHOD);
    body.remove(FlexFields.HOST_REQUEST);
    if (!rejected) {
      body.put(FlexFields.HOST_REQUEST, Json.object().put(FlexFields.HOST, host.asText()));
    }
  }

  /** True when a trunk answer lacks its status or a setting (absent or null). */
  private static boolean incomplete(JsonNode answer) {
    return answer.isObject() && (!answer.hasNonNull(FlexFields.STATUS)
        || FlexFields.SETTINGS.stream().anyMatch(name -> !answer.hasNonNull(name)));
  }

  /** {@code answer} with what it lacks (absent or null) taken from the list item {@code listed}, if any. */
  private static JsonNode completed(JsonNode answer, Optional<JsonNode> listed) {
    if (listed.isEmpty() || !listed.get().isObject()) {
      return answer;
    }
    ObjectNode trunk = answer.deepCopy();
    for (Map.Entry<String, JsonNode> field : listed.get().properties()) {
      boolean lacking = !trunk.has(field.getKey()) || trunk.get(field.getKey()).isNull() && !field.getValue().isNull();
      if (lacking && !(field.getKey().equals(FlexFields.HOST_REQUEST) && field.getValue().isTextual())) {
        trunk.set(field.getKey(), field.getValue());
      }
    }
    return trunk;
  }

  /** The trunk's item in Wavix's list, found page by page; empty when it is not listed. */
  private Optional<JsonNode> listed(String id) {
    return Paging.byPageNumber(1, FlexClient.DEFAULT_PAGE_SIZE,
        (page, size) -> client.send(DefaultFlexClient.listRequest(page, size), RAW_PAGE))
        .stream().filter(item -> id.equals(item.path(FlexFields.ID).asText())).findFirst();
  }

  private static SipTrunk read(JsonNode answer) {
    return FIELDS.read(answer);
  }

  @Override
  public void delete(String id) {
    client.delete(Long.parseLong(id));
  }

  /**
   * The body as Wavix takes it. The neutral host and auth mode become the IP-authentication request: IP (or a host
   * address without an auth mode) sends one for that address, CREDENTIALS (or {@code dynamic}) sends none,
   * which means digest registration; neither keeps the trunk's own. Null values are left out (Wavix resets them
   * on a whole replace), required flags take their documented defaults, an empty allowed-IP list is not sent, the
   * call-cost limit goes as a JSON number, and a trunk with several caller IDs sends an empty caller ID.
   */
  private static void toWire(VendorBody body, Optional<String> host, Optional<AuthMode> authMode,
      Map<String, JsonNode> attributes) {
    if (authMode.filter(AuthMode.OTHER::equals).isPresent()) {
      throw new TrunkValidationException(NeutralField.AUTH_MODE.property() + " (" + FlexFields.AUTH_METHOD + ")",
          "has no Wavix value for OTHER; accepted: CREDENTIALS (digest registration), IP (IP authentication)");
    }
    String address = body.remove(FlexFields.HOST) instanceof JsonNode h && !h.isNull() ? h.asText() : null;
    String method = body.remove(FlexFields.AUTH_METHOD) instanceof JsonNode m && !m.isNull() ? m.asText() : null;
    if (attributes.containsKey(FlexFields.HOST_REQUEST)) {
      if (host.isPresent() || authMode.isPresent()) {
        throw new TrunkValidationException("attributes." + FlexFields.HOST_REQUEST,
            "is also set by host or authMode; set only one");
      }
    } else {
      String byHost = address == null ? null
          : address.equalsIgnoreCase(FlexFields.DYNAMIC) ? FlexAuthMethod.DIGEST.value() : FlexAuthMethod.IP_AUTH.value();
      String mode = authMode.isPresent() ? method : host.isPresent() ? byHost : method != null ? method : byHost;
      authenticate(body, mode, address, host.isPresent(), authMode.isPresent());
    }
    for (String name : List.copyOf(body.names())) {
      Optional<JsonNode> value = body.get(name);
      if (value.filter(v -> v.isNull() || name.equals(FlexFields.ALLOWED_IPS) && v.isEmpty()).isPresent()) {
        body.remove(name);
      }
    }
    FlexFields.DEFAULTS.forEach((name, value) -> {
      if (!body.has(name)) {
        body.put(name, value);
      }
    });
    body.get(FlexFields.MAX_CALL_COST).filter(JsonNode::isTextual)
        .ifPresent(cost -> body.put(FlexFields.MAX_CALL_COST, DecimalNode.valueOf(new BigDecimal(cost.asText()))));
    if (!body.has(FlexFields.CALLER_ID) && FlexFields.isTrue(body, FlexFields.MULTIPLE_NUMBERS)) {
      body.put(FlexFields.CALLER_ID, TextNode.valueOf(""));
    }
  }

  private static void authenticate(VendorBody body, String mode, String address, boolean hostGiven,
      boolean authGiven) {
    if (FlexAuthMethod.IP_AUTH.value().equals(mode)) {
      if (address == null || address.equalsIgnoreCase(FlexFields.DYNAMIC)) {
        throw new TrunkValidationException(HOST_LABEL, hostGiven
            ? "must be the public static IP address to authenticate with authMode IP"
            : "is required with authMode IP: the public static IP address Wavix is to authenticate");
      }
      body.put(FlexFields.HOST_REQUEST, Json.object().put(FlexFields.HOST, address));
    } else if (FlexAuthMethod.DIGEST.value().equals(mode)) {
      if (authGiven && hostGiven && !address.equalsIgnoreCase(FlexFields.DYNAMIC)) {
        throw new TrunkValidationException(HOST_LABEL, "must be 'dynamic' or left out with authMode CREDENTIALS;"
            + " an IP address asks for IP authentication (authMode IP)");
      }
      body.remove(FlexFields.HOST_REQUEST);
    }
  }
}
