package io.trunkline.provider.propertiesv2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.ErrorDecoder;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the vendor's error body, {@code {"ResponseStatus": {"ErrorCode": "…", "Message": "…"}}} (the official
 * SDKs' {@code ErrorResponse}/{@code ResponseStatus}). Tolerated as well: any letter case of those names, the
 * fields at the top level, per-field {@code Errors: [{ErrorCode, FieldName, Message}]} inside
 * {@code ResponseStatus}, and a flat {@code code}/{@code message}. A body that is not JSON never reaches this
 * class: the engine keeps an excerpt of it instead.
 *
 * <p>Under a 2xx status (an error body the vendor or a gateway answered with 200) there is no status to go by, so
 * an {@code ErrorCode} that is the name of an HTTP status, as ServiceStack writes it for its {@code HttpError}s
 * ({@code NotFound}, {@code Unauthorized}, {@code TooManyRequests}, …), gives the status reported; any other code
 * is reported as a 422 by the engine. Under an error status the HTTP status stands.
 */
final class PropertiesV2ErrorDecoder implements ErrorDecoder {
  static final PropertiesV2ErrorDecoder INSTANCE = new PropertiesV2ErrorDecoder();

  /** ServiceStack's error codes that name an HTTP status (.NET's {@code HttpStatusCode} names). */
  private static final Map<String, Integer> STATUS_NAMES = Map.ofEntries(Map.entry("badrequest", 400),
      Map.entry("unauthorized", 401), Map.entry("forbidden", 403), Map.entry("notfound", 404),
      Map.entry("methodnotallowed", 405), Map.entry("requesttimeout", 408), Map.entry("conflict", 409),
      Map.entry("toomanyrequests", 429), Map.entry("internalservererror", 500), Map.entry("badgateway", 502),
      Map.entry("serviceunavailable", 503), Map.entry("gatewaytimeout", 504));

  private PropertiesV2ErrorDecoder() {}

  @Override
  public VendorError decode(int status, JsonNode body) {
    JsonNode wrapped = Json.field(body, "ResponseStatus");
    JsonNode holder = wrapped != null && wrapped.isObject() ? wrapped : body;
    Optional<String> code = text(holder, "ErrorCode").or(() -> text(body, "code")).or(() -> text(body, "error"));
    Optional<String> message = text(holder, "Message").or(() -> text(body, "message"));
    Optional<Integer> reported = status / 100 == 2
        ? code.map(c -> STATUS_NAMES.get(c.toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    return VendorError.builder().code(code).message(message).fieldErrors(fieldErrors(Json.field(holder, "Errors")))
        .status(reported).build();
  }

  private static Map<String, List<String>> fieldErrors(JsonNode errors) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    if (errors == null || !errors.isArray()) {
      return byField;
    }
    for (JsonNode error : errors) {
      Optional<String> name = text(error, "FieldName");
      Optional<String> message = text(error, "Message").or(() -> text(error, "ErrorCode"));
      if (name.isPresent() && message.isPresent()) {
        byField.computeIfAbsent(name.get(), k -> new ArrayList<>()).add(message.get());
      }
    }
    return byField;
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = Json.field(node, name);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText();
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

}
