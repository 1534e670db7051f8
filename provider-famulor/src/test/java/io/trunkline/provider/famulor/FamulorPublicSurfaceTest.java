package io.trunkline.provider.famulor;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.ProviderSurface;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * What the module shows its users (issue 14), read from its compiled classes by the contract kit's
 * {@link ProviderSurface}: the exported package holds only the typed client (an interface) and the vendor model, no
 * public signature there names core's provider kit or the internal package, and the factory ServiceLoader finds lives
 * in the package the module does not export.
 */
class FamulorPublicSurfaceTest {
  private static final ProviderSurface SURFACE = ProviderSurface.of(FamulorClient.class);

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() {
    assertThat(SURFACE.publicTypes()).containsExactlyInAnyOrder(
        "FamulorClient", "FamulorRateLimit", "FamulorSipTrunk", "FamulorSipTrunkCreate", "FamulorSipTrunkUpdate",
        "ImmutableFamulorRateLimit", "ImmutableFamulorSipTrunk", "ImmutableFamulorSipTrunkCreate",
        "ImmutableFamulorSipTrunkUpdate", "InboundAuthorizationType", "SipCallingFormat", "SipTrunkType");
    assertThat(FamulorClient.class.isInterface()).isTrue();
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() {
    assertThat(SURFACE.leaks()).isEmpty();
  }

  @Test
  void theModule_exportsOnlyThatPackage_andProvidesTheFactoryFromTheInternalOne() {
    assertThat(SURFACE.publicInternalTypes()).containsExactly("FamulorFields", "FamulorProviderFactory");
    SURFACE.assertHidesItsFactory(FamulorClient.ID);
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
