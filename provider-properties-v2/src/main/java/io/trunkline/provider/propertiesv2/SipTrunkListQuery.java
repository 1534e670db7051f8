package io.trunkline.provider.propertiesv2;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters of {@code GET /v2/Properties/{PropertySid}/SipTrunks}, all optional, and the page size
 * ({@code Results_Count}, default {@value #DEFAULT_PAGE_SIZE}). {@code Results_Skip} is set by the client as it
 * pages.
 */
@Value.Immutable
public abstract class SipTrunkListQuery {
  /** The vendor's default and documented page size. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** The trunk type. */
  public abstract Optional<SipTrunkType> type();

  /** {@code Active}: true for active, false for inactive trunks. */
  public abstract Optional<Boolean> active();

  /** The provisioning state. */
  public abstract Optional<SipTrunkProvisioning> provisioningState();

  /**
   * {@code Results_Count} per request. The vendor's maximum is not documented: a value above it would make the
   * vendor answer short pages, which end the listing early, so stay at or near the default.
   */
  @Value.Default
  public int pageSize() {
    return DEFAULT_PAGE_SIZE;
  }

  @Value.Check
  void check() {
    if (pageSize() < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
  }

  /** Every trunk, {@value #DEFAULT_PAGE_SIZE} per page. */
  public static SipTrunkListQuery all() {
    return builder().build();
  }

  public static ImmutableSipTrunkListQuery.Builder builder() {
    return ImmutableSipTrunkListQuery.builder();
  }
}
