package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.trunkline.core.spi.TrunkProviderFactory;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's public surface, read from its compiled classes: the exported package holds only the typed client and
 * the vendor model, no signature there names the provider kit ({@code io.trunkline.core.spi}) or the internal
 * package, and the factory lives in the package that is not exported.
 */
class FlexPublicSurfaceTest {
  private static final String EXPORTED = "io.trunkline.provider.flex";
  private static final String INTERNAL = EXPORTED + ".internal";
  private static final String KIT = "io.trunkline.core.spi";

  /** The user API: the client, Wavix's model (with Immutables' generated values) and its exception. */
  private static final Set<String> EXPECTED = Set.of(
      "FlexAllowedIp", "FlexAuthMethod", "FlexClient", "FlexHostRequest", "FlexPagination",
      "FlexServiceNotProvisionedException", "FlexTrunk", "FlexTrunkPage", "FlexTrunkRequest", "FlexTrunkSettings",
      "FlexTrunkStatus", "FlexTrunkSummary",
      "ImmutableFlexAllowedIp", "ImmutableFlexHostRequest", "ImmutableFlexPagination", "ImmutableFlexTrunk",
      "ImmutableFlexTrunkPage", "ImmutableFlexTrunkRequest", "ImmutableFlexTrunkSummary");

  private static Path classes() throws URISyntaxException {
    return Path.of(FlexClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The public top-level types compiled into the exported package. */
  private static List<Class<?>> exportedPublicTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes().resolve(EXPORTED.replace('.', '/')))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName(EXPORTED + "." + name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() throws Exception {
    assertThat(exportedPublicTypes()).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(EXPECTED);
  }

  @Test
  void theModule_exportsOnlyThatPackage_andProvidesAFactoryFromTheInternalOne() throws Exception {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(EXPORTED);
    assertThat(module.exports()).allMatch(e -> !e.isQualified());
    assertThat(module.packages()).contains(INTERNAL);
    assertThat(module.provides()).extracting(ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers)
        .containsExactly(tuple(TrunkProviderFactory.class.getName(),
            List.of(INTERNAL + ".FlexProviderFactory")));
  }

  @Test
  void theFactory_isFoundByServiceLoader_outsideTheExportedPackage() {
    Map<String, TrunkProviderFactory> byId = ServiceLoader.load(TrunkProviderFactory.class).stream()
        .map(ServiceLoader.Provider::get).collect(Collectors.toMap(f -> f.metadata().id(), f -> f));

    assertThat(byId).containsKey(FlexClient.ID);
    assertThat(byId.get(FlexClient.ID).getClass().getPackageName()).isEqualTo(INTERNAL);
  }

  @Test
  void noExportedSignature_namesTheProviderKitOrTheInternalPackage() throws Exception {
    Set<String> offending = new TreeSet<>();
    for (Class<?> type : exportedPublicTypes()) {
      check(type, offending);
    }
    assertThat(offending).isEmpty();
  }

  /** Adds to {@code offending} each public or protected member of {@code type} (and its nested types) that does. */
  private static void check(Class<?> type, Set<String> offending) {
    String owner = type.getName();
    mentions(type.getGenericSuperclass(), owner + " extends", offending);
    for (Type parent : type.getGenericInterfaces()) {
      mentions(parent, owner + " implements", offending);
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers())) {
        mentions(field.getGenericType(), owner + "." + field.getName(), offending);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers())) {
        all(constructor.getGenericParameterTypes(), owner + "(…)", offending);
        all(constructor.getGenericExceptionTypes(), owner + "(…) throws", offending);
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method.getModifiers()) && !method.isSynthetic()) {
        String where = owner + "." + method.getName() + "(…)";
        mentions(method.getGenericReturnType(), where, offending);
        all(method.getGenericParameterTypes(), where, offending);
        all(method.getGenericExceptionTypes(), where + " throws", offending);
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (visible(nested.getModifiers())) {
        check(nested, offending);
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void all(Type[] types, String where, Set<String> offending) {
    for (Type type : types) {
      mentions(type, where, offending);
    }
  }

  private static void mentions(Type type, String where, Set<String> offending) {
    if (type instanceof Class<?> c) {
      Class<?> named = c;
      while (named.isArray()) {
        named = named.getComponentType();
      }
      String pkg = named.getPackageName();
      if (pkg.equals(KIT) || pkg.equals(INTERNAL) || pkg.startsWith(INTERNAL + ".")) {
        offending.add(where + ": " + named.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      mentions(p.getRawType(), where, offending);
      all(p.getActualTypeArguments(), where, offending);
    } else if (type instanceof GenericArrayType a) {
      mentions(a.getGenericComponentType(), where, offending);
    } else if (type instanceof WildcardType w) {
      all(w.getUpperBounds(), where, offending);
      all(w.getLowerBounds(), where, offending);
    } else if (type instanceof TypeVariable<?> v) {
      all(v.getBounds(), where, offending);
    }
  }

  @Test
  void theCheck_findsAKitTypeWhereOneIsNamed() {
    Set<String> offending = new TreeSet<>();
    check(Exposing.class, offending);

    assertThat(offending)
        .containsExactly(Exposing.class.getName() + ".factory: " + TrunkProviderFactory.class.getName());
  }

  /** A type that names the kit, to show the check sees it. */
  public static final class Exposing {
    public TrunkProviderFactory factory;
  }
}
