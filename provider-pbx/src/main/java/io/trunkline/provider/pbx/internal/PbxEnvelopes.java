package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.ApiResponse;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.ResponseReader;
import io.trunkline.provider.pbx.PbxAssignee;
import io.trunkline.provider.pbx.PbxTrunk;
import java.io.IOException;
import java.util.List;

/**
 * The PBX's small response wrappers, read once and unwrapped by {@link DefaultPbxClient}; never exposed. Every
 * reader here takes the PBX's error body {@code {"errors":[...]}} under a 2xx status for the error it is
 * ({@link ApiResponse#errorInSuccess}), never for an answer.
 */
final class PbxEnvelopes {
  private static final String ERRORS = "errors";

  private PbxEnvelopes() {}

  /** An answer without content (update, destroy, assign): empty, or any body that is not a PBX error body. */
  static final ResponseReader<Void> NO_CONTENT = new NoContent();

  /** JSON of {@code type}, read after checking that it is not a PBX error body. */
  static <T> ResponseReader<T> json(Class<T> type) {
    return response -> {
      JsonNode json = response.json(Tree.TYPE);   // core refuses a body that is not JSON by type and size, unquoted
      failIfError(response, json);
      return Json.mapper().treeToValue(json, type);
    };
  }

  /** The tree type, resolved when a reader first reads: the readers are made when the client is, before any call. */
  private static final class Tree {
    static final JavaType TYPE = Json.mapper().constructType(JsonNode.class);
  }

  // NoContent is a class, not a lambda: it is made when a provider is opened, and each lambda is a class spun at
  // run time (the cold start pays it).

  /** {@link #NO_CONTENT}. */
  private static final class NoContent implements ResponseReader<Void> {
    @Override
    public Void read(ApiResponse response) throws IOException {
      JsonNode json;
      try {
        json = response.tree();   // within the configured JSON budget; null when empty
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return null; // not JSON: not an error body either
      }
      if (json != null && json.isObject()) {
        failIfError(response, json);
      }
      return null;
    }
  }

  /** Throws the error a PBX error body under a 2xx status carries. */
  static void failIfError(ApiResponse response, JsonNode json) {
    if (isError(json)) {
      throw response.errorInSuccess(json);
    }
  }

  /** {@code {"errors": [ ... ]}}: the PBX's error body. */
  static boolean isError(JsonNode json) {
    JsonNode errors = json == null ? null : json.get(ERRORS);
    return errors != null && errors.isArray() && !errors.isEmpty();
  }

  /** {@code {"count": <total>, "items": [...]}} of {@code GET /api/providers}. */
  static final class TrunkPage {
    static final JavaType TYPE = Json.mapper().constructType(TrunkPage.class);
    static final ResponseReader<TrunkPage> READER = response -> {
      TrunkPage page = response.json(TYPE);
      failIfError(response, page.error);
      return page;
    };

    final Long count;
    final List<PbxTrunk> items;
    final JsonNode error;

    @JsonCreator
    TrunkPage(@JsonProperty(PbxFields.COUNT) Long count, @JsonProperty(PbxFields.ITEMS) List<PbxTrunk> items,
        @JsonProperty(ERRORS) JsonNode errors) {
      this.count = count;
      this.items = items == null ? List.of() : items;
      this.error = errors == null ? null : Json.object().set(ERRORS, errors);
    }
  }

  /** {@code {"items": [...]}} of {@code GET /api/providers/{id}/assignees}. */
  static final class AssigneeList {
    static final JavaType TYPE = Json.mapper().constructType(AssigneeList.class);
    static final ResponseReader<AssigneeList> READER = json(AssigneeList.class);

    final List<PbxAssignee> items;

    @JsonCreator
    AssigneeList(@JsonProperty("items") List<PbxAssignee> items) {
      this.items = items == null ? List.of() : items;
    }
  }

  /** {@code {"id": "..."}}, the 201 answer of {@code POST /api/providers}. */
  static final class Created {
    static final ResponseReader<Created> READER = json(Created.class);

    final String id;

    @JsonCreator
    Created(@JsonProperty(PbxFields.ID) String id) {
      this.id = id;
    }
  }

  /**
   * The answer of {@code POST /api/auth/sign_in} and {@code POST /api/auth/refresh_token}: a token, or, for a user
   * with two-factor authentication, {@code {"two_factor_enabled": true, "token": "<session>"}}.
   */
  static final class Token {
    static final ResponseReader<Token> READER = json(Token.class);

    final Secret accessToken;
    final Secret refreshToken;
    final Long expiresIn;
    final boolean twoFactor;

    @JsonCreator
    Token(@JsonProperty("access_token") String accessToken, @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") Long expiresIn, @JsonProperty("two_factor_enabled") Boolean twoFactor) {
      this.accessToken = accessToken == null || accessToken.isEmpty() ? null : Secret.of(accessToken);
      this.refreshToken = refreshToken == null || refreshToken.isEmpty() ? null : Secret.of(refreshToken);
      this.expiresIn = expiresIn;
      this.twoFactor = Boolean.TRUE.equals(twoFactor);
    }

    @Override
    public String toString() {
      return "Token{accessToken=****, refreshToken=****, expiresIn=" + expiresIn + ", twoFactor=" + twoFactor + "}";
    }
  }
}
