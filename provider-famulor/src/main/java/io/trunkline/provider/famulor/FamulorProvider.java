package io.trunkline.provider.famulor;

import io.trunkline.core.Paged;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ProviderContext;

/**
 * Famulor through the neutral API: list, get, create, update and delete of SIP trunks. The mapping is in the
 * module README; {@link #vendorClient()} is the {@link FamulorClient} for everything Famulor-specific.
 */
public final class FamulorProvider extends AbstractTrunkProvider {
  private final FamulorClient client;

  FamulorProvider(ProviderContext context) {
    super(context);
    this.client = new FamulorClient(context.http(), context.config().clock());
  }

  /**
   * Every SIP trunk, filtered by {@code query} as they are read. Famulor returns all trunks in one answer, so
   * {@code pageSize} has no effect; {@code limit} stops early.
   */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    Paged<SipTrunk> trunks = client.list().map(FamulorMapper::toNeutral).filter(query::matches);
    return query.limit().isPresent() ? trunks.limit(query.limit().get()) : trunks;
  }

  @Override
  public SipTrunk get(String id) {
    return FamulorMapper.toNeutral(client.get(FamulorValidator.id(id)));
  }

  /**
   * Creates a SIP trunk: exactly one entry in {@code numbers}, {@code username}, {@code password}, {@code host}
   * and {@code countryCode} are required, and {@code attributes.sip_calling_format}; see the README for the rest.
   * Never retried.
   */
  @Override
  public SipTrunk create(TrunkSpec spec) {
    return FamulorMapper.toNeutral(client.create(FamulorMapper.toCreate(spec)));
  }

  /**
   * Sends only the fields {@code update} sets. {@code attributes.nickname = null} clears the name;
   * {@code attributes.sip_trunk_type} is refused (Famulor cannot change it).
   *
   * <p><b>This may re-create Famulor's voice trunks.</b> A new {@code username}, {@code password} or number makes
   * Famulor delete and re-create both the inbound and the outbound trunk of this SIP trunk; a new {@code host} or
   * {@code attributes.outbound_proxy} the outbound one; a new {@code authMode} or {@code allowedIps} the inbound
   * one. The ids in {@code attributes.inbound_trunk_id}/{@code outbound_trunk_id} change, and calls in progress
   * may drop. A new name, {@code countryCode} or {@code attributes.sip_calling_format} is only stored.
   */
  @Override
  public SipTrunk update(String id, TrunkUpdate update) {
    long trunkId = FamulorValidator.id(id);
    return FamulorMapper.toNeutral(client.update(trunkId, FamulorMapper.toUpdate(update)));
  }

  /**
   * Deletes the SIP trunk at once. Famulor deletes through its generic phone-number endpoint, which would also
   * release a purchased phone number with that id; so this first reads the id as a SIP trunk ({@code GET}) and
   * throws {@code TrunkNotFoundException} without deleting anything when it is not one.
   */
  @Override
  public void delete(String id) {
    long trunkId = FamulorValidator.id(id);
    client.get(trunkId);
    client.delete(trunkId);
  }

  /** The {@link FamulorClient}. */
  @Override
  public FamulorClient vendorClient() {
    return client;
  }
}
