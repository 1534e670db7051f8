package io.trunkline.provider.famulor.internal;

import static io.trunkline.provider.famulor.internal.FamulorFields.FIELDS;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.ApiResponse;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ReadBack;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.VendorBody;
import java.io.IOException;
import java.util.List;

/**
 * Famulor's SIP-trunk calls for the kit: the whole list in one answer, get, create, a partial update, and delete
 * through the generic phone-number path after checking the id is a SIP trunk. Every answer is Famulor's envelope,
 * read by {@link FamulorFields#FIELDS}; calls go through the {@link DefaultFamulorClient}, which paces them, refuses
 * error bodies under a 2xx status and records the rate-limit headers.
 */
final class FamulorAdapter implements TrunkAdapter {
  private final DefaultFamulorClient client;

  FamulorAdapter(DefaultFamulorClient client) {
    this.client = client;
  }

  @Override
  public DefaultFamulorClient vendorClient() {
    return client;
  }

  /** Famulor's one answer to a listing, streamed trunk by trunk; one of its error bodies is its error. */
  private static final ResponseReader<List<SipTrunk>> ALL = FIELDS.unpaged(FamulorFields.DATA,
      FamulorErrorDecoder::isErrorBody);

  /**
   * Every SIP trunk, read from Famulor's one answer as it streams in; {@code query.pageSize()} has no effect
   * (Famulor does not page), the kit filters and limits.
   */
  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    ApiRequest request = ApiRequest.get(DefaultFamulorClient.SIP_TRUNKS).build();
    return Paging.unpaged(() -> client.send(request, ALL));
  }

  @Override
  public SipTrunk get(String id) {
    return FIELDS.read(current(id));
  }

  /**
   * {@code POST} (201); never retried: a create whose answer was lost throws with {@code outcomeUnknown()}. A 2xx
   * answer that is not an error body but cannot be read is {@code TrunkWriteAppliedException} (created, id unknown).
   */
  @Override
  public SipTrunk create(VendorBody body, TrunkSpec spec) {
    ApiRequest request = ApiRequest.post(DefaultFamulorClient.SIP_TRUNKS).body(body).build();
    try {
      return client.send(request, FamulorAdapter::one);
    } catch (TrunkResponseException e) {
      if (!answeredSuccess(e)) {
        throw e;
      }
      throw new TrunkWriteAppliedException(FamulorFields.PROVIDER, "created", null, e);
    }
  }

  /**
   * Reads the trunk, then {@code PUT}s only the fields whose value differs from what Famulor has
   * ({@link FamulorFields#changedOnly}); when none does, nothing is sent and the trunk read is returned.
   * <b>A PUT may re-create Famulor's voice trunks:</b> a new username, password or number re-creates both the
   * inbound and the outbound one, a new host or outbound proxy the outbound one, a new authMode or allowedIps the
   * inbound one; their ids in the attributes change and calls in progress may drop. A new name, countryCode or
   * calling format is only stored. A password is never returned, so one that is set is always sent. A 2xx answer
   * that cannot be read is read back with a {@code GET} ({@code TrunkWriteAppliedException} if that fails too).
   */
  @Override
  public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    JsonNode current = current(id);
    VendorBody changes = FamulorFields.changedOnly(body, current);
    if (changes.isEmpty()) {
      return FIELDS.read(current);
    }
    ApiRequest request = ApiRequest.put(DefaultFamulorClient.SIP_TRUNKS).segment(FamulorFields.ID, id).body(changes)
        .build();
    try {
      return client.send(request, FamulorAdapter::one);
    } catch (TrunkResponseException e) {
      if (!answeredSuccess(e)) {
        throw e;
      }
      return ReadBack.after(FamulorFields.PROVIDER, "updated", id, this::get);
    }
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

  /**
   * Whether an answer that could not be read came with a 2xx status (0: the trunk in it could not be read), so the
   * write was applied; any other status (a body longer than its length, say) stays unreadable.
   */
  private static boolean answeredSuccess(TrunkResponseException e) {
    return e.status() == 0 || e.status() >= 200 && e.status() < 300;
  }

  /** The trunk {@code id} as Famulor sends it (the {@code data} object). */
  private JsonNode current(String id) {
    return client.send(ApiRequest.get(DefaultFamulorClient.SIP_TRUNKS).segment(FamulorFields.ID, id).build(),
        DefaultFamulorClient::trunkJson);
  }

  private static SipTrunk one(ApiResponse response) throws IOException {
    return FIELDS.read(DefaultFamulorClient.trunkJson(response));
  }
}
