package io.trunkline.provider.pbx;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The query options of {@code GET /api/providers}, passed to the PBX as they are: {@code filter} (OData-like, such
 * as {@code name eq 'x'} or {@code startswith(name,'a')}), {@code search} (free text), {@code orderby}
 * ({@code name asc, port desc}), {@code skip} (items to leave out at the start) and {@code top} (items per
 * request, 1 to 100; default 100).
 */
@Value.Immutable
public abstract class PbxListQuery {
  /** The most items the PBX returns in one request. */
  public static final int MAX_TOP = 100;

  /** {@code filter}: an OData-like filter expression, sent as given. */
  public abstract Optional<String> filter();

  /** {@code search}: a free-text search, sent as given. */
  public abstract Optional<String> search();

  /** {@code orderby}: the sort order, sent as given. */
  public abstract Optional<String> orderby();

  /** {@code skip}: how many items to leave out at the start of the collection; default 0. */
  @Value.Default
  public long skip() {
    return 0;
  }

  /** {@code top}: items per request, 1 to 100; default 100. The listing still walks every page. */
  @Value.Default
  public int top() {
    return MAX_TOP;
  }

  /** Every trunk, 100 per request. */
  public static PbxListQuery all() {
    return builder().build();
  }

  public static ImmutablePbxListQuery.Builder builder() {
    return ImmutablePbxListQuery.builder();
  }
}
