package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.Validate;
import io.trunkline.provider.pbx.PbxAssignee;
import io.trunkline.provider.pbx.PbxAssignment;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxListQuery;
import io.trunkline.provider.pbx.PbxTrunk;
import io.trunkline.provider.pbx.PbxTrunkSpec;
import io.trunkline.provider.pbx.PbxTrunkStatus;
import io.trunkline.provider.pbx.PbxTrunkUpdate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * The {@link PbxClient} on core's HTTP engine: each call checked by the declaration's rules
 * ({@link PbxValidator}, {@link PbxFields}) before it is sent, each answer read by {@link PbxEnvelopes}.
 */
final class DefaultPbxClient implements PbxClient {
  static final String PROVIDERS = "/api/providers";
  private static final String EXPORT = "/api/providers/export";

  private final HttpEngine http;

  DefaultPbxClient(HttpEngine http) {
    this.http = http;
  }

  @Override
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

  @Override
  public String create(PbxTrunkSpec spec) {
    Objects.requireNonNull(spec, "spec");
    PbxValidator.spec(spec);
    ApiRequest.Builder request = ApiRequest.post(PROVIDERS).body(spec);
    spec.password().ifPresent(request::sensitive);
    PbxEnvelopes.Created created = http.execute(request.build(), PbxEnvelopes.Created.READER);
    return Validate.requiredText("id (in the PBX's answer)", created.id);
  }

  @Override
  public PbxTrunk get(String id) {
    return http.execute(ApiRequest.get(PROVIDERS).segment("id", id(id)).build(), Readers.TRUNK);
  }

  @Override
  public void update(String id, PbxTrunkUpdate update) {
    Objects.requireNonNull(update, "update");
    ApiRequest.Builder request = ApiRequest.post(PROVIDERS).segment("id", id(id));
    ObjectNode changes = PbxValidator.update(update);
    if (changes.isEmpty() && update.origin().isPresent()) {
      LoggerFactory.getLogger(DefaultPbxClient.class).debug("[pbx] update of {} changes nothing; not sent", id);
      return;
    }
    request.body(changes).idempotent(true);
    update.password().ifPresent(request::sensitive);
    http.execute(request.build(), PbxEnvelopes.NO_CONTENT);
  }

  @Override
  public PbxTrunkStatus status(String id) {
    return http.execute(ApiRequest.get(PROVIDERS).segment("id", id(id)).path("status").build(), Readers.STATUS);
  }

  @Override
  public void destroy(String id) {
    http.execute(ApiRequest.post(PROVIDERS).segment("id", id(id)).path("destroy").idempotent(true).removes(true)
        .build(), PbxEnvelopes.NO_CONTENT);
  }

  @Override
  public long export(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return http.download(exportRequest(), out);
  }

  @Override
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

  @Override
  public Paged<PbxAssignee> assignees(String id) {
    ApiRequest request = ApiRequest.get(PROVIDERS).segment("id", id(id)).path("assignees").build();
    return Paging.unpaged(() -> http.execute(request, PbxEnvelopes.AssigneeList.READER).items);
  }

  @Override
  public PbxAssignee assignee(String id, String tenantId) {
    return http.execute(assigneePath(ApiRequest.get(PROVIDERS), id, tenantId).build(), Readers.ASSIGNEE);
  }

  @Override
  public void assign(String id, String tenantId, PbxAssignment assignment) {
    Objects.requireNonNull(assignment, "assignment");
    ApiRequest.Builder request = assigneePath(ApiRequest.post(PROVIDERS), id, tenantId);
    PbxValidator.assignment(assignment);
    http.execute(request.body(assignment).idempotent(true).build(), PbxEnvelopes.NO_CONTENT);
  }

  @Override
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

  /**
   * The typed readers, made when a call first needs one: the client is made with every opened provider, and a
   * listing reads none of them (nor loads their model classes or spins their lambda). No logger is asked for
   * before a message is logged, for the same reason (SLF4J's first logger finds its binding).
   */
  private static final class Readers {
    static final ResponseReader<PbxTrunk> TRUNK = PbxEnvelopes.json(PbxTrunk.class);
    static final ResponseReader<PbxTrunkStatus> STATUS = PbxEnvelopes.json(PbxTrunkStatus.class);
    static final ResponseReader<PbxAssignee> ASSIGNEE = PbxEnvelopes.json(PbxAssignee.class);
  }
}
