package io.trunkline.provider.propertiesv2.internal;

import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.AUTH_MODES;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.FIELDS;
import static io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields.STATES;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkResponseException;
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
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import io.trunkline.provider.propertiesv2.PropertiesV2Client;
import io.trunkline.provider.propertiesv2.SipTrunkListQuery;
import io.trunkline.provider.propertiesv2.SipTrunkProvisioning;
import io.trunkline.provider.propertiesv2.SipTrunkType;
import io.trunkline.provider.propertiesv2.ImmutableSipTrunkListQuery;

/**
 * The vendor calls behind the neutral provider, through {@link PropertiesV2Client}: list, get, create, update and
 * delete (on the undocumented, most likely endpoint). Create and update answer no trunk, so both read the details
 * afterwards.
 */
final class PropertiesV2Adapter implements TrunkAdapter {
  /**
   * A list page, streamed by the kit: a bare array or an object holding it, found and totalled as
   * {@link ResponseShapes} does for the typed client (the same names, any letter case; a null list is an empty
   * page); a {@code ResponseStatus} error beside the list is the vendor's error.
   */
  private static final ResponseReader<Paging.Chunk<SipTrunk>> PAGE = FIELDS.bareOrWrappedPage(
      ResponseShapes.LIST_FIELDS, ResponseShapes.TOTAL_FIELDS, ResponseShapes::isError);
  /**
   * One trunk object of a details answer, found by {@link ResponseShapes} as for the typed client, read through
   * the declaration.
   */
  private static final DefaultPropertiesV2Client.ItemReader<SipTrunk> TRUNK = item -> {
    try {
      return FIELDS.read(item);
    } catch (TrunkResponseException e) {
      throw new JsonMappingException((Closeable) null, e.getMessage(), e);
    }
  };

  private final DefaultPropertiesV2Client client;

  PropertiesV2Adapter(DefaultPropertiesV2Client client) {
    this.client = client;
  }

  @Override
  public DefaultPropertiesV2Client vendorClient() {
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
    return client.details(id, TRUNK);
  }

  /**
   * Creates the trunk, then reads its details: the vendor's create answers only the new id. A failed read is
   * reported as applied ({@link ReadBack}), with the id; so is a success answer that cannot be read (no id, not
   * JSON), without one: the vendor accepted the create.
   */
  @Override
  public SipTrunk create(VendorBody body, TrunkSpec spec) {
    String id;
    try {
      id = client.create(body);
    } catch (TrunkResponseException e) {
      if (e.status() / 100 != 2) {
        throw e;
      }
      throw new TrunkWriteAppliedException(FIELDS.provider(), "created", null, e);
    }
    return ReadBack.after(FIELDS.provider(), "created", id, this::get);
  }

  /**
   * Sends the whole trunk as the kit built it from the details (every field of the documented body, the caller's
   * changes applied: safe whether the vendor's {@code PUT} merges or replaces), without the fields outside that
   * body that the caller does not change, then reads the details. A field of the body the details did not report
   * (and the update does not set) is refused rather than left out, which a replacing {@code PUT} would reset. An
   * authenticated trunk's {@code Type} and credentials are left out when the update sets no password
   * ({@link PropertiesV2Fields#keepsStoredCredentials}).
   */
  @Override
  public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    body.replaces().ifPresent(current -> withoutUnchangedExtras(body, update, current));
    boolean keepCredentials = PropertiesV2Fields.keepsStoredCredentials(body);
    if (keepCredentials) {
      body.remove(PropertiesV2Fields.CREDENTIALS);
    }
    List<String> unreported = PropertiesV2Fields.ALWAYS_SENT.entrySet().stream()
        .filter(field -> body.get(field.getKey()).filter(v -> !v.isNull()).isEmpty()).map(Map.Entry::getValue)
        .collect(Collectors.toList());
    if (!unreported.isEmpty()) {
      throw new TrunkValidationException(String.join(", ", unreported), "not reported by " + FIELDS.provider()
          + " for this trunk, and the update sends the whole trunk (the vendor's PUT may replace it, resetting what"
          + " it leaves out): set " + (unreported.size() > 1 ? "them" : "it") + " in this update");
    }
    if (keepCredentials) {
      body.remove(PropertiesV2Fields.TYPE);
    }
    client.update(id, body);
    return ReadBack.after(FIELDS.provider(), "updated", id, this::get);
  }

  @Override
  public void delete(String id) {
    client.deleteSipTrunk(id);
  }

  /**
   * Drops from {@code body} each field outside {@link PropertiesV2Fields#REQUEST_FIELDS} (answered by the vendor,
   * such as {@code EndDate} and {@code ExternalReference}, or unknown) that {@code update} does not change: a
   * read-modify-write that copies them back sends none of them.
   */
  static void withoutUnchangedExtras(VendorBody body, TrunkUpdate update, SipTrunk current) {
    for (String name : List.copyOf(body.names())) {
      JsonNode wanted = update.attributes().get(name);
      if (!PropertiesV2Fields.REQUEST_FIELDS.contains(name)
          && (wanted == null || wanted.equals(current.attributes().get(name)))) {
        body.remove(name);
      }
    }
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
