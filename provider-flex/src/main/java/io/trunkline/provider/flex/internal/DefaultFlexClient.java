package io.trunkline.provider.flex.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.Secret;
import io.trunkline.core.error.ApiFailure;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.ApiResponse;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.core.spi.Validate;
import io.trunkline.provider.flex.FlexClient;
import io.trunkline.provider.flex.FlexPagination;
import io.trunkline.provider.flex.FlexServiceNotProvisionedException;
import io.trunkline.provider.flex.FlexTrunk;
import io.trunkline.provider.flex.FlexTrunkPage;
import io.trunkline.provider.flex.FlexTrunkRequest;
import io.trunkline.provider.flex.FlexTrunkSummary;
import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * {@link FlexClient} on the provider's {@link HttpEngine}: requests checked by {@link FlexValidator}, answers read
 * by Jackson into Wavix's types, and Wavix's error bodies (also under a 2xx) read by the provider's error decoder.
 * The adapter sends its own requests through {@link #send}, so both share the 403 "not provisioned" rule.
 */
final class DefaultFlexClient implements FlexClient {
  static final String PATH = "/v1/trunks";
  private static final JavaType TREE = Json.mapper().constructType(JsonNode.class);
  /**
   * Any Wavix answer as JSON; one of Wavix's error bodies ({@code "success": false}, an {@code error} that is true
   * or a text) is an error whatever the status, read by the provider's error decoder like an error answer.
   */
  static final ResponseReader<JsonNode> JSON = response -> checked(response, response.json(TREE));

  private final HttpEngine http;

  DefaultFlexClient(HttpEngine http) {
    this.http = http;
  }

  @Override
  public Paged<FlexTrunkSummary> list() {
    return list(DEFAULT_PAGE_SIZE);
  }

  @Override
  public Paged<FlexTrunkSummary> list(int perPage) {
    Validate.positive(FlexFields.PER_PAGE, perPage);
    return Paging.byPageNumber(1, perPage, (page, size) -> {
      FlexTrunkPage result = listPage(page, size);
      OptionalLong total = result.pagination().flatMap(FlexPagination::total)
          .map(OptionalLong::of).orElse(OptionalLong.empty());
      return Paging.Chunk.of(result.sipTrunks(), total);
    });
  }

  @Override
  public FlexTrunkPage listPage(int page, int perPage) {
    Validate.positive(FlexFields.PAGE, page);
    Validate.positive(FlexFields.PER_PAGE, perPage);
    return send(listRequest(page, perPage), typed(FlexTrunkPage.class));
  }

  /** {@code GET /v1/trunks?page=&per_page=}. */
  static ApiRequest listRequest(int page, int perPage) {
    return ApiRequest.get(PATH).query(FlexFields.PAGE, page).query(FlexFields.PER_PAGE, perPage).build();
  }

  @Override
  public FlexTrunk get(long id) {
    return send(ApiRequest.get(PATH).segment(FlexFields.ID, checkId(id)).build(), typed(FlexTrunk.class));
  }

  @Override
  public FlexTrunk create(FlexTrunkRequest request) {
    FlexValidator.validate(request);
    return send(withBody(ApiRequest.post(PATH), request), typed(FlexTrunk.class));
  }

  @Override
  public FlexTrunk update(long id, FlexTrunkRequest request) {
    String segment = checkId(id);
    FlexValidator.validate(request);
    return send(withBody(ApiRequest.put(PATH).segment(FlexFields.ID, segment), request), typed(FlexTrunk.class));
  }

  @Override
  public void delete(long id) {
    String segment = checkId(id);
    ApiRequest request = ApiRequest.delete(PATH).segment(FlexFields.ID, segment).build();
    JsonNode answer = send(request, DefaultFlexClient::readOptionalJson);
    if (answer != null && isError(answer)) {
      throw TrunkApiException.of(ApiFailure.builder().provider(ID).method("DELETE")
          .path(PATH + "/" + segment).status(200)
          .vendorMessage(Json.text(answer, "message").orElse("Wavix answered success: false"))
          .note("the trunk may not have been deleted").build());
    }
  }

  /** The answer as {@code type}, after the check of {@link #JSON}. */
  static <T> ResponseReader<T> typed(Class<T> type) {
    return response -> Json.mapper().treeToValue(JSON.read(response), type);
  }

  private static JsonNode checked(ApiResponse response, JsonNode body) {
    if (!body.isObject()) {
      throw new TrunkResponseException("[" + ID + "] " + response.method() + " " + response.path()
          + ": Wavix answered with JSON " + body.getNodeType().name().toLowerCase(Locale.ROOT) + " where an object"
          + " was due", response.method(), response.path(), response.status(), null);
    }
    if (isError(body)) {
      throw response.errorInSuccess(body);
    }
    return body;
  }

  /** Wavix's error shapes: {@code "success": false}, or an {@code error} that is {@code true}, a text or an object. */
  static boolean isError(JsonNode body) {
    JsonNode success = body.path("success");
    JsonNode error = body.path("error");
    return success.isBoolean() && !success.asBoolean() || error.isBoolean() && error.asBoolean()
        || error.isTextual() && !error.asText().isBlank() || error.isObject();
  }

  private static String checkId(long id) {
    if (id <= 0) {
      throw new TrunkValidationException(FlexFields.ID, "must be a positive Wavix trunk id, was " + id);
    }
    return Long.toString(id);
  }

  /**
   * The request's JSON with the real password in it (masked in logs and error messages), and an empty caller ID
   * for a validated request without one (allowed only with several caller IDs; Wavix requires the field).
   */
  private static ApiRequest withBody(ApiRequest.Builder builder, FlexTrunkRequest request) {
    Secret password = request.password().orElseThrow();
    ObjectNode body = Json.mapper().valueToTree(request);
    body.put(FlexFields.PASSWORD, password.reveal());
    if (!body.has(FlexFields.CALLER_ID)) {
      body.put(FlexFields.CALLER_ID, "");
    }
    return builder.body(body).sensitive(password).build();
  }

  /** The body as JSON, or null when it is empty (a bare 200 to a delete is success too). */
  private static JsonNode readOptionalJson(ApiResponse response) throws IOException {
    try {
      return response.tree();   // within the configured JSON budget; null when empty
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new TrunkResponseException("[DELETE] could not read Wavix's answer to a delete as JSON",
          "DELETE", PATH, response.status(), null);
    }
  }

  /** Sends {@code request}; a 403 for a plan without the service becomes {@link FlexServiceNotProvisionedException}. */
  <T> T send(ApiRequest request, ResponseReader<T> reader) {
    try {
      return http.execute(request, reader);
    } catch (TrunkUnauthorizedException e) {
      if (e.status() == 403 && e.vendorMessage().map(DefaultFlexClient::notProvisioned).orElse(false)) {
        ApiFailure f = e.failure();
        String note = "the account's Wavix plan does not include this (the SIP trunks API needs Flex Pro)";
        FlexServiceNotProvisionedException plan = new FlexServiceNotProvisionedException(f.toBuilder()
            .note(f.note().map(n -> n + "; " + note).orElse(note)).build());
        plan.initCause(e);
        throw plan;
      }
      throw e;
    }
  }

  private static boolean notProvisioned(String message) {
    return message.toLowerCase(Locale.ROOT).contains("not provisioned");
  }
}
