package io.trunkline.provider.famulor;

import static io.trunkline.provider.famulor.FamulorFields.FIELDS;

import io.trunkline.core.Paged;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.VendorBody;
import java.util.List;

/**
 * Famulor's SIP-trunk calls for the kit: the whole list in one answer, get, create, a partial update, and delete
 * through the generic phone-number path after checking the id is a SIP trunk. Every answer is Famulor's envelope,
 * read by {@link FamulorFields#FIELDS}; calls go through the {@link FamulorClient}, which records the rate-limit
 * headers.
 */
final class FamulorAdapter implements TrunkAdapter {
  private static final ResponseReader<SipTrunk> ITEM = FIELDS.item(FamulorFields.DATA);
  private static final ResponseReader<Paging.Chunk<SipTrunk>> ALL = FIELDS.page(FamulorFields.DATA, null);

  private final FamulorClient client;

  FamulorAdapter(FamulorClient client) {
    this.client = client;
  }

  @Override
  public FamulorClient vendorClient() {
    return client;
  }

  /**
   * Every SIP trunk, streamed from Famulor's one answer; {@code query.pageSize()} has no effect (Famulor does not
   * page), the kit filters and limits.
   */
  // KIT-GAP: Paging.unpaged for a ResponseReader<Paging.Chunk<T>> (a vendor that returns every trunk in one
  // answer); here one offset page of unbounded size stands in for it.
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    ApiRequest request = ApiRequest.get(FamulorClient.SIP_TRUNKS).build();
    return Paging.byOffset(Integer.MAX_VALUE,
        (offset, size) -> offset == 0 ? client.send(request, ALL) : Paging.Chunk.of(List.of()));
  }

  @Override
  public SipTrunk get(String id) {
    return client.send(ApiRequest.get(FamulorClient.SIP_TRUNKS).segment(FamulorFields.ID, id).build(), ITEM);
  }

  /** {@code POST} (201); never retried: a create whose answer was lost throws with {@code outcomeUnknown()}. */
  @Override
  public SipTrunk create(VendorBody body, TrunkSpec spec) {
    return client.send(ApiRequest.post(FamulorClient.SIP_TRUNKS).body(body).build(), ITEM);
  }

  /**
   * {@code PUT} with only what {@code update} sets. <b>This may re-create Famulor's voice trunks:</b> a new
   * username, password or number re-creates both the inbound and the outbound one, a new host or outbound proxy
   * the outbound one, a new authMode or allowedIps the inbound one; their ids in the attributes change and calls in
   * progress may drop. A new name, countryCode or calling format is only stored.
   */
  @Override
  public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    return client.send(ApiRequest.put(FamulorClient.SIP_TRUNKS).segment(FamulorFields.ID, id).body(body).build(),
        ITEM);
  }

  /**
   * Famulor deletes through its generic phone-number endpoint, which would also release a purchased phone number
   * with that id; so the id is first read as a SIP trunk, and {@code TrunkNotFoundException} is thrown without
   * deleting anything when it is not one.
   */
  @Override
  public void delete(String id) {
    long trunkId = Long.parseLong(id);
    client.get(trunkId);
    client.delete(trunkId);
  }
}
