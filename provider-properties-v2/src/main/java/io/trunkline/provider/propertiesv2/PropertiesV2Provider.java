package io.trunkline.provider.propertiesv2;

import io.trunkline.core.Paged;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ProviderContext;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The neutral {@link io.trunkline.core.TrunkProvider} over {@link PropertiesV2Client}: list, get, create and
 * update. There is no delete (the vendor documents none), no live status and no number routing; those throw
 * {@code UnsupportedCapabilityException}. The mapping is in the module README.
 */
public final class PropertiesV2Provider extends AbstractTrunkProvider {
  private static final Logger LOG = LoggerFactory.getLogger(PropertiesV2Provider.class);

  private final PropertiesV2Client client;

  PropertiesV2Provider(ProviderContext context, PropertiesV2Client client) {
    super(context);
    this.client = client;
  }

  /**
   * {@code state} and {@code authMode} go to the vendor as {@code ProvisioningState} and {@code Type}; the name
   * filter (and {@code authMode} {@code OTHER}) is applied to each trunk read. List items carry the common fields
   * only: {@code allowedIps} and {@code username} are filled by {@link #get}.
   */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    Objects.requireNonNull(query, "query");
    Paged<SipTrunk> trunks = client.listSipTrunks(PropertiesV2Mapper.toVendorQuery(query))
        .map(PropertiesV2Mapper::toNeutral)
        .filter(query::matches);
    return query.limit().map(trunks::limit).orElse(trunks);
  }

  @Override
  public SipTrunk get(String id) {
    return PropertiesV2Mapper.toNeutral(client.getSipTrunkDetails(id));
  }

  /**
   * Creates the trunk, then reads its details: the vendor's create answers only the new {@code SipTrunkSid}. If
   * that read fails, its exception is thrown with a suppressed note naming the created trunk's id.
   */
  @Override
  public SipTrunk create(TrunkSpec spec) {
    Objects.requireNonNull(spec, "spec");
    String sid = client.createSipTrunk(PropertiesV2Mapper.toCreate(spec));
    try {
      return get(sid);
    } catch (RuntimeException e) {
      LOG.warn("[{}] created SIP trunk {} but could not read it back: {}", id(), sid, e.toString());
      e.addSuppressed(new CreatedButNotReadException(sid));
      throw e;
    }
  }

  /** Attached to a read-back failure after a successful create, so the new trunk's id is not lost. */
  static final class CreatedButNotReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CreatedButNotReadException(String sid) {
      super("SIP trunk " + sid + " was created before this failure; do not create it again", null, false, false);
    }
  }

  /** Sends only what {@code update} sets, then reads the details; an empty update sends nothing. */
  @Override
  public SipTrunk update(String id, TrunkUpdate update) {
    Objects.requireNonNull(update, "update");
    if (update.isEmpty()) {
      return get(id);
    }
    client.updateSipTrunk(id, PropertiesV2Mapper.toUpdate(update));
    return get(id);
  }

  /** Deletes the trunk through the undocumented, most likely endpoint (see {@link PropertiesV2Client#deleteSipTrunk}). */
  @Override
  public void delete(String id) {
    client.deleteSipTrunk(id);
  }

  @Override
  public PropertiesV2Client vendorClient() {
    return client;
  }
}
