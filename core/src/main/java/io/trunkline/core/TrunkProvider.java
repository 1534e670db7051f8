package io.trunkline.core;

import io.trunkline.core.error.UnsupportedCapabilityException;
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
import java.util.Set;

/**
 * One configured account at one vendor, through the neutral operations. Thread-safe; close it when done (it
 * closes only what it created). An operation the vendor lacks throws {@link UnsupportedCapabilityException};
 * {@link #capabilities()} says which ones it has.
 */
public interface TrunkProvider extends AutoCloseable {
  ProviderMetadata metadata();

  /** The provider id, such as {@code pbx}. */
  default String id() {
    return metadata().id();
  }

  default Set<Capability> capabilities() {
    return metadata().capabilities();
  }

  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /** Trunks matching {@code query}, paged lazily. */
  default Paged<SipTrunk> list(TrunkQuery query) {
    throw unsupported(Capability.LIST);
  }

  default Paged<SipTrunk> list() {
    return list(TrunkQuery.all());
  }

  default SipTrunk get(String id) {
    throw unsupported(Capability.GET);
  }

  /** Creates a trunk and returns it as the vendor now has it. */
  default SipTrunk create(TrunkSpec spec) {
    throw unsupported(Capability.CREATE);
  }

  /** Changes only what {@code update} sets; returns the trunk as the vendor now has it. */
  default SipTrunk update(String id, TrunkUpdate update) {
    throw unsupported(Capability.UPDATE);
  }

  default void delete(String id) {
    throw unsupported(Capability.DELETE);
  }

  default TrunkStatus status(String id) {
    throw unsupported(Capability.STATUS);
  }

  /** Routes {@code number} (E.164) to the trunk {@code trunkId}. */
  default void connectNumber(String trunkId, String number) {
    throw unsupported(Capability.CONNECT_NUMBER);
  }

  default void disconnectNumber(String number) {
    throw unsupported(Capability.DISCONNECT_NUMBER);
  }

  default Paged<CallerId> callerIds() {
    throw unsupported(Capability.CALLER_IDS);
  }

  default Paged<Proxy> proxies() {
    throw unsupported(Capability.PROXIES);
  }

  default Paged<Template> templates() {
    throw unsupported(Capability.TEMPLATES);
  }

  default Paged<CallBarring> callBarrings() {
    throw unsupported(Capability.CALL_BARRINGS);
  }

  /** Writes the vendor's export of all trunks to {@code out}, streamed; returns the bytes written. */
  default long export(OutputStream out) {
    throw unsupported(Capability.EXPORT);
  }

  /** The vendor's own typed client, covering its whole documented API. */
  Object vendorClient();

  /** This provider or its vendor client as {@code type}. */
  default <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    Object client = vendorClient();
    if (type.isInstance(client)) {
      return type.cast(client);
    }
    throw new IllegalArgumentException("provider '" + id() + "' is not and has no " + type.getName());
  }

  /**
   * Releases what this provider created (its HTTP client, not one the caller supplied). Afterwards every call
   * that would reach the vendor throws {@link IllegalStateException} ("provider is closed") and sends nothing.
   */
  @Override
  void close();

  private UnsupportedCapabilityException unsupported(Capability capability) {
    return new UnsupportedCapabilityException(id(), capability);
  }
}
