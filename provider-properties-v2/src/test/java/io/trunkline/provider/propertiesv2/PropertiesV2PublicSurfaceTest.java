package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.provider.propertiesv2.internal.PropertiesV2ProviderFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The exported package holds the typed client and the vendor model only: read from the compiled classes, no public
 * signature of it mentions the provider kit ({@code io.trunkline.core.spi}) or this module's {@code internal}
 * package, and the factory lives outside it.
 */
class PropertiesV2PublicSurfaceTest {
  private static final String PACKAGE = PropertiesV2Client.class.getPackageName();
  private static final List<String> EXPECTED = List.of("PropertiesV2Client",
      "SipTrunkAllowedCountry", "ImmutableSipTrunkAllowedCountry",
      "SipTrunkCreate", "ImmutableSipTrunkCreate",
      "SipTrunkCredentials", "ImmutableSipTrunkCredentials",
      "SipTrunkDetails", "ImmutableSipTrunkDetails",
      "SipTrunkFields",
      "SipTrunkIpAddress", "ImmutableSipTrunkIpAddress",
      "SipTrunkListQuery", "ImmutableSipTrunkListQuery",
      "SipTrunkProvisioning",
      "SipTrunkSummary", "ImmutableSipTrunkSummary",
      "SipTrunkType",
      "SipTrunkUpdate", "ImmutableSipTrunkUpdate",
      "TimestampedEntry");

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() throws Exception {
    assertThat(publicTopLevel().stream().map(Class::getSimpleName)).containsExactlyInAnyOrderElementsOf(EXPECTED);
  }

  @Test
  void theFactory_isFoundByServiceLoader_outsideTheExportedPackage() {
    assertThat(PropertiesV2ProviderFactory.class.getPackageName()).isEqualTo(PACKAGE + ".internal");
    assertThat(ServiceLoader.load(io.trunkline.core.spi.TrunkProviderFactory.class).stream()
        .map(ServiceLoader.Provider::type)).contains(PropertiesV2ProviderFactory.class);
  }

  @Test
  void noPublicSignature_mentionsTheProviderKitOrTheInternalPackage() throws Exception {
    List<String> offending = new ArrayList<>();
    for (Class<?> type : publicTopLevel()) {
      for (Class<?> exported : withPublicNested(type)) {
        offending.addAll(offending(exported));
      }
    }
    assertThat(offending).isEmpty();
  }

  /** The public top-level classes compiled into the exported package (not its sub-packages). */
  private static List<Class<?>> publicTopLevel() throws Exception {
    Path classes = Path.of(PropertiesV2Client.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(PACKAGE.replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        if (name.contains("$") || name.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(PACKAGE + "." + name);
        if (Modifier.isPublic(type.getModifiers())) {
          types.add(type);
        }
      }
    }
    assertThat(types).isNotEmpty();
    return types;
  }

  private static List<Class<?>> withPublicNested(Class<?> type) {
    List<Class<?>> all = new ArrayList<>(List.of(type));
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (Modifier.isPublic(nested.getModifiers())) {
        all.addAll(withPublicNested(nested));
      }
    }
    return all;
  }

  /** Each public or protected member of {@code type} (and its supertypes' names) that mentions a hidden type. */
  private static List<String> offending(Class<?> type) {
    List<String> found = new ArrayList<>();
    List<String> signatures = new ArrayList<>();
    signatures.add(type.getName() + " extends " + type.getGenericSuperclass() + " implements "
        + Arrays.toString(type.getGenericInterfaces()));
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic()) {
        signatures.add(m.toGenericString());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers())) {
        signatures.add(c.toGenericString());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers())) {
        signatures.add(f.toGenericString());
      }
    }
    for (String signature : new TreeSet<>(signatures)) {
      if (signature.contains("io.trunkline.core.spi.") || signature.contains(PACKAGE + ".internal.")) {
        found.add(signature);
      }
    }
    return found;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }
}
