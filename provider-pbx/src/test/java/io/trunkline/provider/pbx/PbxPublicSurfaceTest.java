package io.trunkline.provider.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the module shows its users, read from the compiled classes: the exported package holds the typed client and
 * the vendor model only, the factory lives in the package that is not exported, and no public signature of an
 * exported type names core's provider kit ({@code io.trunkline.core.spi}) or the module's internal package.
 */
class PbxPublicSurfaceTest {
  private static final String EXPORTED = "io.trunkline.provider.pbx";
  private static final String INTERNAL = EXPORTED + ".internal";
  private static final String SPI = "io.trunkline.core.spi";
  /** The public top-level types of the exported package: the client, the models (with Immutables' classes), enums. */
  private static final Set<String> EXPECTED = new TreeSet<>(List.of(
      "PbxClient",
      "PbxTrunk", "PbxTrunkSettings", "PbxTrunkSpec", "PbxTrunkUpdate", "PbxTrunkStatus", "PbxListQuery",
      "PbxAssignee", "PbxAssignment", "PbxInboundParameters", "PbxOutboundParameters", "PbxHostPartRule",
      "PbxUserPartRule",
      "ImmutablePbxTrunk", "ImmutablePbxTrunkSpec", "ImmutablePbxTrunkUpdate", "ImmutablePbxTrunkStatus",
      "ImmutablePbxListQuery", "ImmutablePbxAssignee", "ImmutablePbxAssignment", "ImmutablePbxInboundParameters",
      "ImmutablePbxOutboundParameters", "ImmutablePbxHostPartRule", "ImmutablePbxUserPartRule",
      "PbxAuthMode", "PbxTransport", "PbxStatus", "PbxHeaderSource", "PbxHostPartSource", "PbxUserPartSource",
      "PbxPrivacyType", "PbxVerificationStatus"));

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() throws Exception {
    assertThat(publicTopLevelTypes()).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(EXPECTED);
    assertThat(PbxClient.class.isInterface()).isTrue();
  }

  @Test
  void theModule_exportsOnlyItsApi_andProvidesAFactoryOutsideIt() throws Exception {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly(EXPORTED);
    assertThat(module.packages()).contains(INTERNAL);
    assertThat(module.provides()).hasSize(1);
    ModuleDescriptor.Provides provides = module.provides().iterator().next();
    assertThat(provides.service()).isEqualTo(SPI + ".TrunkProviderFactory");
    assertThat(provides.providers()).containsExactly(INTERNAL + ".PbxProviderFactory");

    String listed = Files.readString(classes().resolve("META-INF/services/" + SPI + ".TrunkProviderFactory")).trim();
    assertThat(listed).isEqualTo(INTERNAL + ".PbxProviderFactory");
    assertThat(Class.forName(listed).getPackageName()).isEqualTo(INTERNAL).isNotEqualTo(EXPORTED);
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTopLevelTypes()) {
      check(type, leaks);
    }
    assertThat(leaks).isEmpty();
  }

  /** {@code type}'s supertypes and public or protected members, and those of its public nested types. */
  private static void check(Class<?> type, List<String> leaks) {
    String where = type.getName();
    leak(where + " extends", type.getGenericSuperclass(), leaks);
    for (Type i : type.getGenericInterfaces()) {
      leak(where + " implements", i, leaks);
    }
    for (Field f : type.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        leak(where + "." + f.getName(), f.getGenericType(), leaks);
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (visible(c.getModifiers()) && !c.isSynthetic()) {
        signature(where + ".<init>", c.getGenericParameterTypes(), c.getGenericExceptionTypes(), leaks);
      }
    }
    for (Method m : type.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic()) {
        leak(where + "." + m.getName() + " returns", m.getGenericReturnType(), leaks);
        signature(where + "." + m.getName(), m.getGenericParameterTypes(), m.getGenericExceptionTypes(), leaks);
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (visible(nested.getModifiers())) {
        check(nested, leaks);
      }
    }
  }

  private static void signature(String where, Type[] parameters, Type[] exceptions, List<String> leaks) {
    Stream.of(parameters).forEach(p -> leak(where + " takes", p, leaks));
    Stream.of(exceptions).forEach(e -> leak(where + " throws", e, leaks));
  }

  /** Records {@code where} when {@code type}, or a type in it, is in the provider kit or the internal package. */
  private static void leak(String where, Type type, List<String> leaks) {
    if (type instanceof Class<?> c) {
      Class<?> named = c.isArray() ? c.getComponentType() : c;
      String pkg = named.getPackageName();
      if (pkg.equals(SPI) || pkg.startsWith(SPI + ".") || pkg.equals(INTERNAL) || pkg.startsWith(INTERNAL + ".")) {
        leaks.add(where + " " + named.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      leak(where, p.getRawType(), leaks);
      Stream.of(p.getActualTypeArguments()).forEach(a -> leak(where, a, leaks));
    } else if (type instanceof WildcardType w) {
      Stream.of(w.getUpperBounds()).forEach(b -> leak(where, b, leaks));
      Stream.of(w.getLowerBounds()).forEach(b -> leak(where, b, leaks));
    } else if (type instanceof GenericArrayType a) {
      leak(where, a.getGenericComponentType(), leaks);
    } else if (type instanceof TypeVariable<?> v) {
      Stream.of(v.getBounds()).forEach(b -> leak(where, b, leaks));
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The public top-level classes compiled into the exported package (not its subpackages). */
  private static List<Class<?>> publicTopLevelTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes().resolve(EXPORTED.replace('.', '/')))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName(EXPORTED + "." + name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        }
      }
    }
    assertThat(types).as("classes found in " + classes()).isNotEmpty();
    return types;
  }

  /** The module's compiled classes directory (where {@link PbxClient} was loaded from). */
  private static Path classes() {
    try {
      return Path.of(PbxClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
