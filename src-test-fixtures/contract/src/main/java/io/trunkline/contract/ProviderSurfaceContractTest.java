package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a provider module shows its users, held by one test class per module: its exported package holds exactly the
 * public types named (the typed client, an interface, and the vendor model), no public signature there names core's
 * provider kit or the internal package, the internal package is public only where named (the factory ServiceLoader
 * needs; a class a model annotation names), and the factory ServiceLoader finds lives there. A provider's test:
 * <pre>{@code
 * class FlexPublicSurfaceTest extends ProviderSurfaceContractTest {
 *   FlexPublicSurfaceTest() {
 *     super(FlexClient.class, FlexClient.ID, List.of("FlexClient", "FlexTrunk", ...),
 *         List.of("FlexFields", "FlexProviderFactory"));
 *   }
 * }
 * }</pre>
 */
public abstract class ProviderSurfaceContractTest {
  private final ProviderSurface surface;
  private final Class<?> client;
  private final String providerId;
  private final List<String> publicTypes;
  private final List<String> publicInternalTypes;

  /**
   * @param client the typed client, an interface of the exported package
   * @param providerId the id the module's factory gives its provider
   * @param publicTypes every public top-level type of the exported package, by simple name
   * @param publicInternalTypes every public top-level type of the internal package, by simple name
   */
  protected ProviderSurfaceContractTest(Class<?> client, String providerId, List<String> publicTypes,
      List<String> publicInternalTypes) {
    this.surface = ProviderSurface.of(client);
    this.client = client;
    this.providerId = providerId;
    this.publicTypes = publicTypes;
    this.publicInternalTypes = publicInternalTypes;
  }

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() {
    assertThat(surface.publicTypes()).containsExactlyInAnyOrderElementsOf(publicTypes);
    assertThat(client.isInterface()).as("%s is an interface", client.getName()).isTrue();
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() {
    assertThat(surface.leaks()).isEmpty();
  }

  @Test
  void theModule_exportsOnlyThatPackage_andProvidesTheFactoryFromTheInternalOne() {
    assertThat(surface.publicInternalTypes()).containsExactlyInAnyOrderElementsOf(publicInternalTypes);
    surface.assertHidesItsFactory(providerId);
  }
}
