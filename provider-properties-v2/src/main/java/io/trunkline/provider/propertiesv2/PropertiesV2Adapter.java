package io.trunkline.provider.propertiesv2;

import static io.trunkline.provider.propertiesv2.PropertiesV2Fields.AUTH_MODES;
import static io.trunkline.provider.propertiesv2.PropertiesV2Fields.FIELDS;
import static io.trunkline.provider.propertiesv2.PropertiesV2Fields.STATES;

import io.trunkline.core.Paged;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ReadBack;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.VendorBody;

/**
 * The vendor calls behind the neutral provider, through {@link PropertiesV2Client}: list, get, create, update and
 * delete (on the undocumented, most likely endpoint). Create and update answer no trunk, so both read the details
 * afterwards.
 */
final class PropertiesV2Adapter implements TrunkAdapter {
  /**
   * A list page, streamed: a bare array or an object holding it, found and totalled as {@link ResponseShapes} does
   * for the typed client (the same names, any letter case; a null list is an empty page).
   */
  private static final ResponseReader<Paging.Chunk<SipTrunk>> PAGE = FIELDS.bareOrWrappedPage(
      ResponseShapes.LIST_FIELDS, ResponseShapes.TOTAL_FIELDS);
  /** A details answer: the trunk bare, under {@code SipTrunk}, or in the answer's only field. */
  private static final ResponseReader<SipTrunk> DETAILS = FIELDS.bareOrWrappedItem("SipTrunk");

  private final PropertiesV2Client client;

  PropertiesV2Adapter(PropertiesV2Client client) {
    this.client = client;
  }

  @Override
  public PropertiesV2Client vendorClient() {
    return client;
  }

  /**
   * {@code state} and {@code authMode} go to the vendor as its filters (the kit filters again); when nothing is
   * filtered only here, no more than {@code limit} trunks are asked for per page.
   */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    return client.pages(vendorQuery(query), PAGE);
  }

  @Override
  public SipTrunk get(String id) {
    return client.detailsAnswer(id, DETAILS);
  }

  /**
   * Creates the trunk, then reads its details: the vendor's create answers only the new id. A failed read is
   * reported as applied ({@link ReadBack}), with the id.
   */
  @Override
  public SipTrunk create(VendorBody body, TrunkSpec spec) {
    return ReadBack.after(FIELDS.provider(), "created", client.create(body), this::get);
  }

  @Override
  public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    client.update(id, body);
    return ReadBack.after(FIELDS.provider(), "updated", id, this::get);
  }

  @Override
  public void delete(String id) {
    client.deleteSipTrunk(id);
  }

  static SipTrunkListQuery vendorQuery(TrunkQuery query) {
    ImmutableSipTrunkListQuery.Builder vendor = SipTrunkListQuery.builder();
    boolean otherMode = query.authMode().equals(java.util.Optional.of(AuthMode.OTHER));
    query.authMode().filter(mode -> !otherMode)
        .ifPresent(mode -> vendor.type(SipTrunkType.of(AUTH_MODES.write(mode).intValue())));
    query.state().ifPresent(state -> vendor.provisioningState(SipTrunkProvisioning.of(STATES.write(state).intValue())));
    int size = query.pageSize().orElse(SipTrunkListQuery.DEFAULT_PAGE_SIZE);
    boolean filteredHereOnly = query.name().isPresent() || otherMode;
    if (query.limit().isPresent() && !filteredHereOnly && query.limit().get() > 0) {
      size = (int) Math.min(size, query.limit().get());
    }
    return vendor.pageSize(size).build();
  }
}
