package io.trunkline.provider.flex;

import io.trunkline.core.Paged;

/**
 * The Wavix SIP trunks API ({@code /v1/trunks}) with Wavix's own types: list, create, get, update, delete.
 * Every call sends {@code Authorization: Bearer <api key>}; requests are checked before they are sent
 * ({@link io.trunkline.core.error.TrunkValidationException}, nothing sent), and Wavix's error bodies become typed
 * exceptions ({@link FlexServiceNotProvisionedException} when the plan lacks the service), also when they come with
 * a 2xx status ({@code "success": false} or an {@code error}). Thread-safe; get it
 * from {@code provider.unwrap(FlexClient.class)} or {@code provider.vendorClient()}. An interface, so that callers
 * can put their own implementation (a mock) in its place.
 *
 * <p><b>{@link #update} replaces the whole trunk</b>: fields left out of the request revert to Wavix's defaults.
 * Build the request with {@link FlexTrunkRequest#builderFrom(FlexTrunk)} to keep what is not meant to change.
 */
public interface FlexClient {
  /** The provider id: {@code Trunkline.discover().open(FlexClient.ID, config)}. */
  String ID = "flex";
  /** Wavix's public API host; the trunk paths ({@code /v1/trunks}) are appended to it. */
  String DEFAULT_BASE_URL = "https://api.wavix.com";
  /** Wavix's own page size, used when none is given. */
  int DEFAULT_PAGE_SIZE = 25;

  /** Every trunk of the account, {@value #DEFAULT_PAGE_SIZE} per request, pages fetched as iteration reaches them. */
  Paged<FlexTrunkSummary> list();

  /**
   * Every trunk of the account, {@code perPage} per request ({@code GET /v1/trunks?page=N&per_page=M} from page 1),
   * pages fetched lazily. Paging stops at the {@code pagination.total} Wavix reports, on an empty page, or on a
   * short page when no total is sent.
   */
  Paged<FlexTrunkSummary> list(int perPage);

  /** One page as Wavix returns it: {@code GET /v1/trunks?page=&per_page=}, pages counted from 1. */
  FlexTrunkPage listPage(int page, int perPage);

  /** {@code GET /v1/trunks/{id}}: one trunk's whole configuration. */
  FlexTrunk get(long id);

  /** {@code POST /v1/trunks}: creates a trunk (Wavix answers 201) and returns it. Sent once, never retried. */
  FlexTrunk create(FlexTrunkRequest request);

  /**
   * {@code PUT /v1/trunks/{id}}: <b>replaces</b> the trunk's configuration with {@code request}; every field left
   * out reverts to Wavix's default. Returns the trunk as Wavix now has it.
   */
  FlexTrunk update(long id, FlexTrunkRequest request);

  /** {@code DELETE /v1/trunks/{id}}: deletes the trunk; Wavix answers {@code {"success": true}}. */
  void delete(long id);
}
