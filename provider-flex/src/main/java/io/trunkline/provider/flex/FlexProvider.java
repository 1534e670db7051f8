package io.trunkline.provider.flex;

import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.Validate;

/**
 * Wavix Flex SIP trunks through the neutral API: list, get, create, update and delete. Opened by
 * {@link FlexProviderFactory}; {@link #vendorClient()} is the typed Wavix client.
 *
 * <p>Wavix's update replaces the whole trunk, so {@link #update} reads the trunk, applies the change and sends
 * the whole configuration back. Wavix never returns the SIP password, and its update requires it: every update
 * must carry {@code TrunkUpdate.password(...)} (the current password, or a new one).
 */
public final class FlexProvider extends AbstractTrunkProvider {
  private final FlexClient client;

  FlexProvider(ProviderContext context) {
    super(context);
    this.client = new FlexClient(context.http());
  }

  @Override
  public FlexClient vendorClient() {
    return client;
  }

  /**
   * The trunks as {@code GET /v1/trunks} lists them, {@code query.pageSize()} (default 25) per request. Wavix has
   * no filters, so name, state and auth mode are applied to each page as it arrives. List items carry what
   * Wavix's list returns (no host, allowed IPs, channel limit or creation time); {@link #get} has them all.
   */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    Paged<SipTrunk> trunks = client.list(query.pageSize().orElse(FlexClient.DEFAULT_PAGE_SIZE))
        .map(FlexMapper::toNeutral)
        .filter(query::matches);
    return query.limit().map(trunks::limit).orElse(trunks);
  }

  @Override
  public SipTrunk get(String id) {
    return FlexMapper.toNeutral(client.get(parseId(id)));
  }

  /**
   * Creates a trunk. Needs {@code name} (Wavix's {@code label}), {@code password} and {@code callerId} (digits, a
   * leading {@code +} is dropped) unless {@code attributes.multiple_numbers} is true; the other Wavix settings go
   * in {@code attributes} under Wavix's names.
   */
  @Override
  public SipTrunk create(TrunkSpec spec) {
    if (spec.password().isEmpty()) {
      throw new TrunkValidationException("password",
          "is required: every Wavix trunk has a SIP password (set TrunkSpec.password(...))");
    }
    return FlexMapper.toNeutral(client.create(FlexMapper.createRequest(spec)));
  }

  /**
   * Changes what {@code update} sets and keeps everything else: reads the trunk, applies the change, and sends
   * the whole configuration ({@code PUT} replaces the trunk at Wavix). {@code update.password()} is required,
   * because Wavix requires the password on every update and never returns it. An empty update sends nothing and
   * returns the trunk as it is.
   */
  @Override
  public SipTrunk update(String id, TrunkUpdate update) {
    long trunkId = parseId(id);
    if (update.isEmpty()) {
      return get(id);
    }
    FlexMapper.checkUpdate(update);
    if (update.password().isEmpty()) {
      throw new TrunkValidationException("password", "is required for every Wavix update: Wavix replaces the whole"
          + " trunk on update and needs its SIP password, which it never returns, so it cannot be sent back"
          + " unchanged; pass the trunk's current (or a new) password with TrunkUpdate.password(...)");
    }
    FlexTrunk current = client.get(trunkId);
    return FlexMapper.toNeutral(client.update(trunkId, FlexMapper.updateRequest(current, update)));
  }

  @Override
  public void delete(String id) {
    client.delete(parseId(id));
  }

  /** Wavix ids are positive whole numbers; anything else is refused before a request is made. */
  private static long parseId(String id) {
    Validate.numericId("id", id);
    try {
      long value = Long.parseLong(id);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // too large: refused below
    }
    throw new TrunkValidationException("id", "must be a positive Wavix trunk id");
  }
}
