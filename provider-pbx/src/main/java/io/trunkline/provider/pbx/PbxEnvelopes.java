package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.ResponseReader;
import java.util.List;

/** The PBX's small response wrappers, read once and unwrapped by {@link PbxClient}; never exposed. */
final class PbxEnvelopes {
  private PbxEnvelopes() {}

  /** {@code {"count": <total>, "items": [...]}} of {@code GET /api/providers}. */
  static final class TrunkPage {
    static final JavaType TYPE = Json.mapper().constructType(TrunkPage.class);
    static final ResponseReader<TrunkPage> READER = response -> response.json(TYPE);

    final Long count;
    final List<PbxTrunk> items;

    @JsonCreator
    TrunkPage(@JsonProperty(PbxFields.COUNT) Long count, @JsonProperty(PbxFields.ITEMS) List<PbxTrunk> items) {
      this.count = count;
      this.items = items == null ? List.of() : items;
    }
  }

  /** {@code {"items": [...]}} of {@code GET /api/providers/{id}/assignees}. */
  static final class AssigneeList {
    static final JavaType TYPE = Json.mapper().constructType(AssigneeList.class);
    static final ResponseReader<AssigneeList> READER = response -> response.json(TYPE);

    final List<PbxAssignee> items;

    @JsonCreator
    AssigneeList(@JsonProperty("items") List<PbxAssignee> items) {
      this.items = items == null ? List.of() : items;
    }
  }

  /** {@code {"id": "..."}}, the 201 answer of {@code POST /api/providers}. */
  static final class Created {
    static final ResponseReader<Created> READER = ResponseReader.json(Created.class);

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
    static final ResponseReader<Token> READER = ResponseReader.json(Token.class);

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
