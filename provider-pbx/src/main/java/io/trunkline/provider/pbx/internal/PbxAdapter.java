package io.trunkline.provider.pbx.internal;

import static io.trunkline.provider.pbx.internal.DefaultPbxClient.PROVIDERS;
import static io.trunkline.provider.pbx.internal.PbxFields.FIELDS;

import io.trunkline.core.Paged;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkStatus.Registration;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ReadBack;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.provider.pbx.PbxAuthMode;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxListQuery;
import io.trunkline.provider.pbx.PbxStatus;
import io.trunkline.provider.pbx.PbxTrunkStatus;
import java.io.OutputStream;

/**
 * The PBX's trunk calls for the kit: list (skip/top pages), get, create and update (each followed by a get, as
 * the PBX answers them with an id or nothing), destroy, status and export. Every trunk answer is read by
 * {@link PbxFields#FIELDS}.
 */
final class PbxAdapter implements TrunkAdapter {
  private static final ResponseReader<Paging.Chunk<SipTrunk>> PAGE =
      FIELDS.page(PbxFields.ITEMS, "/" + PbxFields.COUNT);

  /** The reader of one trunk, made when a trunk is first read alone (a listing never does). */
  private static final class Item {
    static final ResponseReader<SipTrunk> READER = FIELDS.item();
  }

  private final HttpEngine http;
  private final PbxClient client;

  PbxAdapter(HttpEngine http) {
    this.http = http;
    this.client = new DefaultPbxClient(http);
  }

  @Override
  public PbxClient vendorClient() {
    return client;
  }

  /**
   * Trunks, 100 per request (or {@code pageSize}, at most 100; with a limit and no filter the kit applies, no
   * more than the limit). The auth-mode filter is sent to the PBX as an OData {@code filter} and trusted: a listed
   * trunk whose summary has no auth mode is given the mode asked for (one with an auth mode keeps its own, and the
   * kit drops it if it does not match). No trunk is read one by one. The kit applies the name and state filters.
   */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    int size = Math.min(query.pageSize().orElse(PbxListQuery.MAX_TOP), PbxListQuery.MAX_TOP);
    boolean filteredHere = query.name().isPresent() || query.state().isPresent();
    if (!filteredHere && query.limit().isPresent()) {
      size = (int) Math.max(1, Math.min(size, query.limit().get()));
    }
    String filter = query.authMode().isPresent() ? authModeFilter(query.authMode().get()) : null;
    Paged<SipTrunk> trunks = Paging.byOffset(size, (offset, top) -> http.execute(ApiRequest.get(PROVIDERS)
        .query("filter", filter).query("skip", offset).query("top", top).build(), PAGE));
    if (query.authMode().isEmpty()) {
      return trunks;
    }
    AuthMode mode = query.authMode().get();
    return trunks.map(t -> t.authMode().isPresent() ? t : SipTrunk.builder().from(t).authMode(mode).build());
  }

  /** The trunk; a body that is not JSON (another resource's file) is refused without being quoted. */
  @Override
  public SipTrunk get(String id) {
    return http.execute(ApiRequest.get(PROVIDERS).segment(PbxFields.ID, id).build(), Item.READER);
  }

  /** Creates the trunk (never retried), then reads it back: the answer is the trunk as the PBX now has it. */
  @Override
  public SipTrunk create(VendorBody body, TrunkSpec spec) {
    PbxEnvelopes.Created created = http.execute(ApiRequest.post(PROVIDERS).body(body).build(),
        PbxEnvelopes.Created.READER);
    return ReadBack.after(FIELDS.provider(), "created", created.id, this::get);
  }

  /** Sends what {@code update} sets (a repeat sets the same values, so it is retried), then reads the trunk back. */
  @Override
  public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    http.execute(ApiRequest.post(PROVIDERS).segment(PbxFields.ID, id).body(body).idempotent(true).build(),
        PbxEnvelopes.NO_CONTENT);
    return ReadBack.after(FIELDS.provider(), "updated", id, this::get);
  }

  @Override
  public void delete(String id) {
    client.destroy(id);
  }

  @Override
  public TrunkStatus status(String id) {
    PbxTrunkStatus status = client.status(id);
    Registration registration = status.status()
        .map(s -> PbxStatus.ONLINE.equals(s) ? Registration.ONLINE
            : PbxStatus.OFFLINE.equals(s) ? Registration.OFFLINE : Registration.UNKNOWN)
        .orElse(Registration.UNKNOWN);
    return TrunkStatus.builder().id(id).registration(registration).vendorStatus(status.status().map(PbxStatus::value))
        .putAllAttributes(status.extra()).build();
  }

  @Override
  public long export(OutputStream out) {
    return client.export(out);
  }

  /** The OData filter selecting the PBX auth modes that map to {@code mode}. */
  static String authModeFilter(AuthMode mode) {
    String ip = PbxFields.AUTH_MODE + " eq '" + PbxAuthMode.IP_AUTH.value() + "'";
    String register = PbxFields.AUTH_MODE + " eq '" + PbxAuthMode.REGISTER_AUTH.value() + "'";
    String accept = PbxFields.AUTH_MODE + " eq '" + PbxAuthMode.ACCEPT_REGISTER.value() + "'";
    switch (mode) {
      case IP:
        return ip;
      case CREDENTIALS:
        return register + " or " + accept;
      case OTHER:
      default:
        return String.join(" and ", ip, register, accept).replace(" eq ", " ne ");
    }
  }
}
