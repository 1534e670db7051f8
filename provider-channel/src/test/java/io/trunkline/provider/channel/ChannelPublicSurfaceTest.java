package io.trunkline.provider.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's user API, read from the compiled classes: the exported package holds the typed client and the vendor
 * model and nothing else public; the provider, its factory and its field declaration live in the package the module
 * does not export; and no public signature of an exported type names the provider kit or that package.
 */
class ChannelPublicSurfaceTest {
  private static final String EXPORTED = "io.trunkline.provider.channel";
  private static final String INTERNAL = EXPORTED + ".internal";
  private static final String SPI = "io.trunkline.core.spi";

  @Test
  void theExportedPackage_holdsExactlyTheClientAndTheVendorModel() throws Exception {
    assertThat(publicTopLevelTypes(EXPORTED)).containsExactly(
        "ChannelAudioStream",
        "ChannelCallBarring",
        "ChannelCallerId",
        "ChannelClient",
        "ChannelClip",
        "ChannelDid",
        "ChannelEdit",
        "ChannelEditResult",
        "ChannelFailover",
        "ChannelNumber",
        "ChannelNumbers",
        "ChannelProxy",
        "ChannelSipTrunk",
        "ChannelTemplate",
        "ClipMethod",
        "ImmutableChannelAudioStream",
        "ImmutableChannelCallBarring",
        "ImmutableChannelCallerId",
        "ImmutableChannelClip",
        "ImmutableChannelDid",
        "ImmutableChannelEdit",
        "ImmutableChannelEditResult",
        "ImmutableChannelFailover",
        "ImmutableChannelNumber",
        "ImmutableChannelProxy",
        "ImmutableChannelSipTrunk",
        "ImmutableChannelTemplate",
        "ImmutableMicrosoftTeamsConfiguration",
        "ImmutableOperatorConnectNumber",
        "MicrosoftTeamsConfiguration",
        "OperatorConnectNumber",
        "OperatorConnectNumberType",
        "Ping");
    assertThat(ChannelClient.class.isInterface()).isTrue();
  }

  @Test
  void theFactory_isTheOneServiceLoaderFinds_andLivesInThePackageThatIsNotExported() throws Exception {
    Path services = classes().resolve("META-INF/services/io.trunkline.core.spi.TrunkProviderFactory");
    List<String> factories = Files.readAllLines(services, StandardCharsets.UTF_8);

    assertThat(factories).containsExactly(INTERNAL + ".ChannelProviderFactory");
    assertThat(Class.forName(factories.get(0)).getPackageName()).isEqualTo(INTERNAL);
  }

  @Test
  void theModule_exportsOnlyTheApi_andProvidesTheFactoryFromTheInternalPackage() throws Exception {
    ModuleDescriptor module = ModuleFinder.of(classes()).find(EXPORTED).orElseThrow().descriptor();

    assertThat(module.exports()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo(EXPORTED);
      assertThat(e.isQualified()).isFalse();
    });
    assertThat(module.packages()).containsExactlyInAnyOrder(EXPORTED, INTERNAL);
    assertThat(module.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(SPI + ".TrunkProviderFactory");
      assertThat(p.providers()).containsExactly(INTERNAL + ".ChannelProviderFactory");
    });
  }

  @Test
  void theInternalPackage_isPublicOnlyWhereServiceLoaderOrTheModelsAnnotationsNeedIt() throws Exception {
    assertThat(publicTopLevelTypes(INTERNAL))
        .containsExactly("ChannelFields", "ChannelProviderFactory", "LenientBooleanDeserializer");
  }

  @Test
  void noPublicSignature_ofAnExportedType_namesTheProviderKitOrTheInternalPackage() throws Exception {
    List<String> offending = new ArrayList<>();
    for (String name : publicTopLevelTypes(EXPORTED)) {
      check(Class.forName(EXPORTED + "." + name), offending);
    }

    assertThat(offending).isEmpty();
  }

  /** Every public or protected member of {@code type} and of its public nested types, and what it extends. */
  private static void check(Class<?> type, List<String> offending) {
    String owner = type.getName();
    check(owner + " extends", type.getGenericSuperclass(), offending);
    for (Type implemented : type.getGenericInterfaces()) {
      check(owner + " implements", implemented, offending);
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers())) {
        check(owner + "." + field.getName(), field.getGenericType(), offending);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers())) {
        for (Type parameter : constructor.getGenericParameterTypes()) {
          check(owner + "(…)", parameter, offending);
        }
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method.getModifiers()) && !method.isSynthetic()) {
        String where = owner + "." + method.getName() + "(…)";
        check(where, method.getGenericReturnType(), offending);
        for (Type parameter : method.getGenericParameterTypes()) {
          check(where, parameter, offending);
        }
        for (Type thrown : method.getGenericExceptionTypes()) {
          check(where, thrown, offending);
        }
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (visible(nested.getModifiers())) {
        check(nested, offending);
      }
    }
  }

  /** Adds {@code where} when {@code type}, or any type argument or bound in it, is of the kit or the internals. */
  private static void check(String where, Type type, List<String> offending) {
    for (Class<?> named : named(type, new HashSet<>())) {
      String pkg = named.getPackageName();
      if (pkg.equals(SPI) || pkg.startsWith(SPI + ".") || pkg.equals(INTERNAL) || pkg.startsWith(INTERNAL + ".")) {
        offending.add(where + " names " + named.getName());
      }
    }
  }

  private static Set<Class<?>> named(Type type, Set<Type> seen) {
    Set<Class<?>> classes = new HashSet<>();
    if (type == null || !seen.add(type)) {
      return classes;
    }
    if (type instanceof Class<?> c) {
      classes.add(c.isArray() ? c.getComponentType() : c);
    } else if (type instanceof ParameterizedType p) {
      classes.addAll(named(p.getRawType(), seen));
      for (Type argument : p.getActualTypeArguments()) {
        classes.addAll(named(argument, seen));
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(bound -> classes.addAll(named(bound, seen)));
    } else if (type instanceof GenericArrayType a) {
      classes.addAll(named(a.getGenericComponentType(), seen));
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        classes.addAll(named(bound, seen));
      }
    }
    return classes;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** The simple names of the public top-level classes compiled into {@code pkg}, sorted. */
  private static List<String> publicTopLevelTypes(String pkg) throws IOException, URISyntaxException {
    Path dir = classes().resolve(pkg.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()))
          .filter(name -> isPublic(pkg + "." + name))
          .sorted()
          .toList();
    }
  }

  private static boolean isPublic(String name) {
    try {
      return Modifier.isPublic(Class.forName(name, false, ChannelPublicSurfaceTest.class.getClassLoader())
          .getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  /** The directory the module's main classes were compiled to. */
  private static Path classes() throws URISyntaxException {
    return Path.of(ChannelClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
