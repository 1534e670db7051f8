package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.surface.Exposing;
import io.trunkline.contract.surface.Plain;
import io.trunkline.core.spi.TrunkProviderFactory;
import org.junit.jupiter.api.Test;

/** The surface check sees what a user would see: public and protected signatures, generics, arrays, nested types. */
class ProviderSurfaceTest {
  private static final String FACTORY = TrunkProviderFactory.class.getName();

  @Test
  void publicTypes_areThePublicTopLevelTypesOfThePackage() {
    assertThat(ProviderSurface.of(Plain.class).publicTypes()).containsExactly("Exposing", "Plain");
  }

  @Test
  void leaks_nameEachVisibleSignatureThatNamesTheKit_andNothingPrivate() {
    assertThat(ProviderSurface.of(Plain.class).leaks()).containsExactlyInAnyOrder(
        Exposing.class.getName() + ".factories(…): " + FACTORY,
        Exposing.class.getName() + ".factory: " + FACTORY,
        Exposing.Nested.class.getName() + "(…): " + FACTORY);
  }
}
