package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import io.trunkline.provider.propertiesv2.internal.LenientSecretDeserializer;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The credentials of an authenticated trunk (type 1): the realm and the password. The password
 * is a {@link Secret}: {@code toString()} and this model's JSON form show {@code ****}; the client puts the clear
 * value on the wire itself. Details answers are not documented to return the password; when one does, it is kept
 * only here, never in the neutral model.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkCredentials.class)
@JsonDeserialize(as = ImmutableSipTrunkCredentials.class)
public abstract class SipTrunkCredentials {
  @JsonProperty(PropertiesV2Fields.REALM)
  public abstract Optional<String> realm();

  /** At least 10 characters with a lower-case and an upper-case letter, a digit and a special character. */
  @JsonProperty(PropertiesV2Fields.PASSWORD)
  @JsonDeserialize(contentUsing = LenientSecretDeserializer.class)
  @Value.Redacted
  public abstract Optional<Secret> password();

  /** Fields the document does not list, kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  /** Credentials with {@code realm} and {@code password}. */
  public static SipTrunkCredentials of(String realm, Secret password) {
    return builder().realm(realm).password(password).build();
  }

  public static ImmutableSipTrunkCredentials.Builder builder() {
    return ImmutableSipTrunkCredentials.builder();
  }
}
