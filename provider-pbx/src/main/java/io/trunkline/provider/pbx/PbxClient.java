package io.trunkline.provider.pbx;

import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkTransportException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The PortSIP PBX trunk API ({@code /api/providers}, the PBX's "providers") with its own types: every documented
 * trunk endpoint, the tenant assignments included. Get it from the neutral provider with
 * {@code unwrap(PbxClient.class)}. Input is checked before sending
 * ({@link io.trunkline.core.error.TrunkValidationException} naming the field); ids are opaque and always sent as
 * one encoded path segment, and a word the PBX uses as a fixed path there ({@code export}) is refused as an id. A
 * PBX error body under a 2xx status is the error it carries, never a success. Thread-safe. An interface, so that
 * code using it can be tested with a mock or a stub of its own.
 */
public interface PbxClient {
  /** The provider id: {@code Trunkline.discover().open(PbxClient.ID, config)}. */
  String ID = "pbx";

  /** The setting with the tenant SIP domain for the sign-in (optional). */
  String DOMAIN = "domain";

  /** Every trunk, 100 per request ({@code GET /api/providers?skip=0&top=100}, then the next pages). */
  default Paged<PbxTrunk> list() {
    return list(PbxListQuery.all());
  }

  /**
   * The trunks {@code query} selects, read lazily one page ({@code top} items) at a time, from {@code skip} on,
   * until the PBX's {@code count} is reached or a page comes back empty. Items carry the PBX's summary fields.
   */
  Paged<PbxTrunk> list(PbxListQuery query);

  /** Creates a trunk ({@code POST /api/providers}) and returns its new id. Not retried: a POST is not idempotent. */
  String create(PbxTrunkSpec spec);

  /** The trunk {@code id} in detail ({@code GET /api/providers/{id}}). */
  PbxTrunk get(String id);

  /**
   * Changes the fields {@code update} sets ({@code POST /api/providers/{id}}). An update started with
   * {@link PbxTrunkUpdate#from(PbxTrunk)} sends only the fields whose value differs from that trunk's (so values
   * the PBX itself returned are neither checked again nor sent back), and nothing at all when none differs. Sending
   * the same values twice leaves the same trunk, so this call is retried like a GET.
   */
  void update(String id, PbxTrunkUpdate update);

  /** Whether the trunk is online ({@code GET /api/providers/{id}/status}). */
  PbxTrunkStatus status(String id);

  /**
   * Deletes the trunk ({@code POST /api/providers/{id}/destroy}). A trunk still in use answers 409
   * {@code RESOURCE_IN_USE}: a {@link io.trunkline.core.error.TrunkConflictException}. Sent again after a failure
   * (destroying twice destroys once); a not-found after an attempt that may have been carried out means done. An
   * unknown id is a {@link io.trunkline.core.error.TrunkNotFoundException}, whether the PBX answers 404 or 400
   * "Invalid provider ID".
   */
  void destroy(String id);

  /**
   * Writes the PBX's export of all trunks ({@code GET /api/providers/export}, a file the PBX formats) to
   * {@code out}, streamed by core's download, without a size cap; returns the bytes written. The stream is neither
   * buffered whole nor closed. If the download breaks off after bytes were written, it is not retried (they cannot
   * be taken back): a {@link TrunkTransportException} says how many were written.
   */
  long export(OutputStream out);

  /**
   * Writes the export to {@code file}, streamed through a temporary file next to it that replaces {@code file}
   * only when the download is complete (so a failed or retried download never leaves a partial file).
   */
  long export(Path file);

  /** The tenants the trunk is assigned to ({@code GET /api/providers/{id}/assignees}; one request). */
  Paged<PbxAssignee> assignees(String id);

  /**
   * The trunk's assignment to one tenant ({@code GET /api/providers/{id}/assignees/{tenant_id}}); a tenant it is
   * not assigned to answers 404.
   */
  PbxAssignee assignee(String id, String tenantId);

  /**
   * Assigns the trunk to a tenant, or changes the assignment ({@code POST /api/providers/{id}/assignees/{tenant_id}},
   * 204). Setting the same values twice gives the same result, so the call is retried like a GET.
   */
  void assign(String id, String tenantId, PbxAssignment assignment);

  /**
   * Removes the trunk from a tenant ({@code POST /api/providers/{id}/assignees/{tenant_id}/destroy}, 204); 409
   * {@code RESOURCE_IN_USE} when the tenant still uses it.
   */
  void unassign(String id, String tenantId);
}
