package io.trunkline.provider.pbx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.Validate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PortSIP PBX trunk API ({@code /api/providers}, the PBX's "providers") with its own types: every documented
 * trunk endpoint, the tenant assignments included. Get it from the neutral provider with
 * {@code unwrap(PbxClient.class)}. Input is checked before sending
 * ({@link io.trunkline.core.error.TrunkValidationException} naming the field); ids are opaque and always sent as
 * one encoded path segment, and a word the PBX uses as a fixed path there ({@code export}) is refused as an id. A
 * PBX error body under a 2xx status is the error it carries, never a success. Thread-safe.
 */
public final class PbxClient {
  static final String PROVIDERS = "/api/providers";
  private static final String EXPORT = "/api/providers/export";
  private static final Logger LOG = LoggerFactory.getLogger(PbxClient.class);
  private static final ResponseReader<PbxTrunk> TRUNK = PbxEnvelopes.json(PbxTrunk.class);
  private static final ResponseReader<PbxTrunkStatus> STATUS = PbxEnvelopes.json(PbxTrunkStatus.class);
  private static final ResponseReader<PbxAssignee> ASSIGNEE = PbxEnvelopes.json(PbxAssignee.class);

  private final HttpEngine http;

  PbxClient(HttpEngine http) {
    this.http = http;
  }

  /** Every trunk, 100 per request ({@code GET /api/providers?skip=0&top=100}, then the next pages). */
  public Paged<PbxTrunk> list() {
    return list(PbxListQuery.all());
  }

  /**
   * The trunks {@code query} selects, read lazily one page ({@code top} items) at a time, from {@code skip} on,
   * until the PBX's {@code count} is reached or a page comes back empty. Items carry the PBX's summary fields.
   */
  public Paged<PbxTrunk> list(PbxListQuery query) {
    return pages(query, request -> {
      PbxEnvelopes.TrunkPage page = http.execute(request, PbxEnvelopes.TrunkPage.READER);
      return chunk(page.items, page.count, query.skip());
    });
  }

  /** {@code GET /api/providers} page by page: {@code query}'s filters, {@code skip} from its start, {@code top}. */
  private <T> Paged<T> pages(PbxListQuery query, java.util.function.Function<ApiRequest, Paging.Chunk<T>> fetch) {
    PbxValidator.listQuery(query);
    long first = query.skip();
    return Paging.byOffset(query.top(), (offset, size) -> fetch.apply(ApiRequest.get(PROVIDERS)
        .query("filter", query.filter().orElse(null))
        .query("search", query.search().orElse(null))
        .query("orderby", query.orderby().orElse(null))
        .query("skip", first + offset)
        .query("top", size)
        .build()));
  }

  /** A page, with the PBX's {@code count} counted from where the listing started. */
  private static <T> Paging.Chunk<T> chunk(java.util.List<T> items, Long count, long first) {
    return count == null ? Paging.Chunk.of(items) : Paging.Chunk.of(items, Math.max(0, count - first));
  }

  /** Creates a trunk ({@code POST /api/providers}) and returns its new id. Not retried: a POST is not idempotent. */
  public String create(PbxTrunkSpec spec) {
    Objects.requireNonNull(spec, "spec");
    PbxValidator.spec(spec);
    ApiRequest.Builder request = ApiRequest.post(PROVIDERS).body(spec);
    spec.password().ifPresent(request::sensitive);
    PbxEnvelopes.Created created = http.execute(request.build(), PbxEnvelopes.Created.READER);
    return Validate.requiredText("id (in the PBX's answer)", created.id);
  }

  /** The trunk {@code id} in detail ({@code GET /api/providers/{id}}). */
  public PbxTrunk get(String id) {
    return http.execute(ApiRequest.get(PROVIDERS).segment("id", id(id)).build(), TRUNK);
  }

  /**
   * Changes the fields {@code update} sets ({@code POST /api/providers/{id}}). An update started with
   * {@link PbxTrunkUpdate#from(PbxTrunk)} sends only the fields whose value differs from that trunk's (so values
   * the PBX itself returned are neither checked again nor sent back), and nothing at all when none differs. Sending
   * the same values twice leaves the same trunk, so this call is retried like a GET.
   */
  public void update(String id, PbxTrunkUpdate update) {
    Objects.requireNonNull(update, "update");
    ApiRequest.Builder request = ApiRequest.post(PROVIDERS).segment("id", id(id));
    ObjectNode changes = PbxValidator.update(update);
    if (changes.isEmpty() && update.origin().isPresent()) {
      LOG.debug("[pbx] update of {} changes nothing; not sent", id);
      return;
    }
    request.body(changes).idempotent(true);
    update.password().ifPresent(request::sensitive);
    http.execute(request.build(), PbxEnvelopes.NO_CONTENT);
  }

  /** Whether the trunk is online ({@code GET /api/providers/{id}/status}). */
  public PbxTrunkStatus status(String id) {
    return http.execute(ApiRequest.get(PROVIDERS).segment("id", id(id)).path("status").build(), STATUS);
  }

  /**
   * Deletes the trunk ({@code POST /api/providers/{id}/destroy}). A trunk still in use answers 409
   * {@code RESOURCE_IN_USE}: a {@link io.trunkline.core.error.TrunkConflictException}. Sent again after a failure
   * (destroying twice destroys once); a not-found after an attempt that may have been carried out means done. An
   * unknown id is a {@link io.trunkline.core.error.TrunkNotFoundException}, whether the PBX answers 404 or 400
   * "Invalid provider ID".
   */
  public void destroy(String id) {
    http.execute(ApiRequest.post(PROVIDERS).segment("id", id(id)).path("destroy").idempotent(true).removes(true)
        .build(), PbxEnvelopes.NO_CONTENT);
  }

  /**
   * Writes the PBX's export of all trunks ({@code GET /api/providers/export}, a file the PBX formats) to
   * {@code out}, streamed by core's download, without a size cap; returns the bytes written. The stream is neither
   * buffered whole nor closed. If the download breaks off after bytes were written, it is not retried (they cannot
   * be taken back): a {@link TrunkTransportException} says how many were written.
   */
  public long export(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return http.download(exportRequest(), out);
  }

  /**
   * Writes the export to {@code file}, streamed through a temporary file next to it that replaces {@code file}
   * only when the download is complete (so a failed or retried download never leaves a partial file).
   */
  public long export(Path file) {
    Objects.requireNonNull(file, "file");
    Path absolute = file.toAbsolutePath();
    Path temp;
    try {
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file next to " + absolute, e);
    }
    boolean done = false;
    try {
      long bytes;
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.TRUNCATE_EXISTING)) {
        bytes = http.download(exportRequest(), out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the export to " + temp, e);
      }
      moveInto(temp, absolute);
      done = true;
      return bytes;
    } finally {
      if (!done) {
        deleteQuietly(temp);
      }
    }
  }

  /** The tenants the trunk is assigned to ({@code GET /api/providers/{id}/assignees}; one request). */
  public Paged<PbxAssignee> assignees(String id) {
    ApiRequest request = ApiRequest.get(PROVIDERS).segment("id", id(id)).path("assignees").build();
    return Paging.unpaged(() -> http.execute(request, PbxEnvelopes.AssigneeList.READER).items);
  }

  /**
   * The trunk's assignment to one tenant ({@code GET /api/providers/{id}/assignees/{tenant_id}}); a tenant it is
   * not assigned to answers 404.
   */
  public PbxAssignee assignee(String id, String tenantId) {
    return http.execute(assigneePath(ApiRequest.get(PROVIDERS), id, tenantId).build(), ASSIGNEE);
  }

  /**
   * Assigns the trunk to a tenant, or changes the assignment ({@code POST /api/providers/{id}/assignees/{tenant_id}},
   * 204). Setting the same values twice gives the same result, so the call is retried like a GET.
   */
  public void assign(String id, String tenantId, PbxAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    ApiRequest.Builder request = assigneePath(ApiRequest.post(PROVIDERS), id, tenantId);
    PbxValidator.assignment(assignment);
    http.execute(request.body(assignment).idempotent(true).build(), PbxEnvelopes.NO_CONTENT);
  }

  /**
   * Removes the trunk from a tenant ({@code POST /api/providers/{id}/assignees/{tenant_id}/destroy}, 204); 409
   * {@code RESOURCE_IN_USE} when the tenant still uses it.
   */
  public void unassign(String id, String tenantId) {
    http.execute(assigneePath(ApiRequest.post(PROVIDERS), id, tenantId).path("destroy").build(),
        PbxEnvelopes.NO_CONTENT);
  }

  private static ApiRequest.Builder assigneePath(ApiRequest.Builder providers, String id, String tenantId) {
    return providers.segment("id", id(id)).path("assignees").segment("tenantId", tenantId);
  }

  /** A trunk id as the declaration accepts it (one path segment, not a fixed path word such as {@code export}). */
  private static String id(String id) {
    return PbxFields.FIELDS.checkId(id);
  }

  private static ApiRequest exportRequest() {
    return ApiRequest.get(EXPORT).header("Accept", "*/*").build();
  }

  private static void moveInto(Path temp, Path target) {
    try {
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move the export into " + target, e);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the download failed already; that failure is the one to report
    }
  }
}
