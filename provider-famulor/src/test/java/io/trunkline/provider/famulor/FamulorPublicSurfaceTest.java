package io.trunkline.provider.famulor;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.ProviderSurfaceContractTest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the module shows its users (issue 14), held by the contract kit's {@link ProviderSurfaceContractTest}: the
 * exported package holds only the typed client (an interface) and the vendor model, and the factory lives in the
 * package the module does not export.
 */
class FamulorPublicSurfaceTest extends ProviderSurfaceContractTest {
  FamulorPublicSurfaceTest() {
    super(FamulorClient.class, FamulorClient.ID, List.of(
            "FamulorClient", "FamulorRateLimit", "FamulorSipTrunk", "FamulorSipTrunkCreate", "FamulorSipTrunkUpdate",
            "ImmutableFamulorRateLimit", "ImmutableFamulorSipTrunk", "ImmutableFamulorSipTrunkCreate",
            "ImmutableFamulorSipTrunkUpdate", "InboundAuthorizationType", "SipCallingFormat", "SipTrunkType"),
        List.of("FamulorFields", "FamulorProviderFactory"));
  }

  @Test
  void unwrap_reachesTheTypedClient_throughItsInterface() {
    try (TrunkProvider famulor = Trunkline.discover().open(FamulorClient.ID, ProviderConfig.builder()
        .baseUrl("http://127.0.0.1:9").credentials(Credentials.bearer("k")).build())) {
      FamulorClient client = famulor.unwrap(FamulorClient.class);

      assertThat(client.getClass().getPackageName()).isEqualTo(FamulorClient.class.getPackageName() + ".internal");
      assertThat(Modifier.isPublic(client.getClass().getModifiers())).isFalse();
      assertThat(client.lastRateLimit()).isEmpty();
    }
  }
}
