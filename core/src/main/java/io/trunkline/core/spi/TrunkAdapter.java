package io.trunkline.core.spi;

import io.trunkline.core.Paged;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import java.io.OutputStream;

/**
 * What a provider module writes: the vendor's calls and nothing else. The kit implements
 * {@link io.trunkline.core.TrunkProvider} once around it: filtering and limiting listings, checking ids and bodies
 * against the {@link TrunkFields} declaration, stamping the provider id, capabilities, closing. A provider has
 * exactly the capabilities whose method its adapter implements; the others are never called.
 *
 * <p>Each method gets input that is already checked: ids passed {@link TrunkFields#checkId}, bodies were built from
 * the declaration. Read answers with the declaration's readers ({@link TrunkFields#item}, {@link TrunkFields#page}).
 */
public interface TrunkAdapter {
  /** The vendor's own typed client, returned by {@code TrunkProvider.vendorClient()}. */
  Object vendorClient();

  /**
   * Trunks page by page ({@link Paging}). {@code query.pageSize()} is a hint; its filters may be sent to the vendor,
   * but need not be: the kit applies them and the limit to what this returns.
   */
  default Paged<SipTrunk> list(TrunkQuery query) {
    throw new UnsupportedOperationException("list");
  }

  default SipTrunk get(String id) {
    throw new UnsupportedOperationException("get");
  }

  /** Sends {@code body} (built from {@code spec}) and returns the trunk as the vendor now has it. */
  default SipTrunk create(VendorBody body, TrunkSpec spec) {
    throw new UnsupportedOperationException("create");
  }

  /**
   * Sends {@code body}: the fields {@code update} sets, or the whole trunk when the declaration
   * {@link TrunkFields#replacesOnUpdate() replaces on update}; returns the trunk as the vendor now has it. For a
   * whole-trunk update, {@code body.replaces()} is the trunk the kit read (by {@link #get}) to build the body, and
   * the fields {@code update} sets were checked before that read.
   */
  default SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    throw new UnsupportedOperationException("update");
  }

  default void delete(String id) {
    throw new UnsupportedOperationException("delete");
  }

  default TrunkStatus status(String id) {
    throw new UnsupportedOperationException("status");
  }

  default void connectNumber(String trunkId, String number) {
    throw new UnsupportedOperationException("connectNumber");
  }

  default void disconnectNumber(String number) {
    throw new UnsupportedOperationException("disconnectNumber");
  }

  default Paged<CallerId> callerIds() {
    throw new UnsupportedOperationException("callerIds");
  }

  default Paged<Proxy> proxies() {
    throw new UnsupportedOperationException("proxies");
  }

  default Paged<Template> templates() {
    throw new UnsupportedOperationException("templates");
  }

  default Paged<CallBarring> callBarrings() {
    throw new UnsupportedOperationException("callBarrings");
  }

  default long export(OutputStream out) {
    throw new UnsupportedOperationException("export");
  }
}
