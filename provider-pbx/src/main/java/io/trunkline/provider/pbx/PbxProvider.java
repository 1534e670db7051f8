package io.trunkline.provider.pbx;

import io.trunkline.core.Paged;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ProviderContext;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The PortSIP PBX as a neutral {@link io.trunkline.core.TrunkProvider} ({@code pbx}): list, get, create, update,
 * delete, status and export of its SIP trunks. {@link #vendorClient()} is the {@link PbxClient} for the rest of the
 * PBX API. Listed trunks carry the PBX's summary fields only; {@link #get} has them all.
 */
public final class PbxProvider extends AbstractTrunkProvider {
  private final PbxClient client;

  PbxProvider(ProviderContext context) {
    super(context);
    this.client = new PbxClient(context.http());
  }

  /**
   * Trunks, 100 per request (or {@code pageSize}, at most 100). The name and state filters are applied to each
   * trunk read; the auth-mode filter is sent to the PBX as an OData {@code filter} on {@code auth_mode}, and
   * since the listing's summary has no {@code auth_mode}, each trunk it returns is confirmed by its detail.
   */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    Objects.requireNonNull(query, "query");
    int size = Math.min(query.pageSize().orElse(PbxListQuery.MAX_TOP), PbxListQuery.MAX_TOP);
    boolean filtered = query.name().isPresent() || query.state().isPresent() || query.authMode().isPresent();
    if (!filtered && query.limit().isPresent()) {
      size = (int) Math.max(1, Math.min(size, query.limit().get()));
    }
    ImmutablePbxListQuery.Builder pbxQuery = PbxListQuery.builder().top(size);
    Paged<SipTrunk> trunks;
    if (query.authMode().isPresent()) {
      pbxQuery.filter(authModeFilter(query.authMode().get()));
      trunks = client.list(pbxQuery.build())
          .map(t -> PbxMapper.toSipTrunk(t.authMode().isPresent() ? t : client.get(t.id())));
    } else {
      trunks = client.listNeutral(pbxQuery.build());
    }
    if (filtered) {
      trunks = trunks.filter(query::matches);
    }
    return query.limit().isPresent() ? trunks.limit(query.limit().get()) : trunks;
  }

  @Override
  public SipTrunk get(String id) {
    return PbxMapper.toSipTrunk(client.get(id));
  }

  /** Creates the trunk, then reads it back: the answer is the trunk as the PBX now has it. */
  @Override
  public SipTrunk create(TrunkSpec spec) {
    Objects.requireNonNull(spec, "spec");
    String id = client.create(PbxMapper.toSpec(spec));
    return get(id);
  }

  /** Sends only what {@code update} sets (nothing at all when it is empty), then reads the trunk back. */
  @Override
  public SipTrunk update(String id, TrunkUpdate update) {
    Objects.requireNonNull(update, "update");
    PbxTrunkUpdate body = PbxMapper.toUpdate(update);
    if (!update.isEmpty()) {
      client.update(id, body);
    }
    return get(id);
  }

  @Override
  public void delete(String id) {
    client.destroy(id);
  }

  @Override
  public TrunkStatus status(String id) {
    return PbxMapper.toStatus(id, client.status(id));
  }

  @Override
  public long export(OutputStream out) {
    return client.export(out);
  }

  @Override
  public PbxClient vendorClient() {
    return client;
  }

  /** The OData filter selecting the PBX auth modes that map to {@code mode}. */
  static String authModeFilter(AuthMode mode) {
    switch (mode) {
      case IP:
        return "auth_mode eq 'IP_AUTH'";
      case CREDENTIALS:
        return "auth_mode eq 'REGISTER_AUTH' or auth_mode eq 'ACCEPT_REGISTER'";
      case OTHER:
      default:
        return "auth_mode ne 'IP_AUTH' and auth_mode ne 'REGISTER_AUTH' and auth_mode ne 'ACCEPT_REGISTER'";
    }
  }
}
