package io.trunkline.provider.famulor;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.spi.TrunkProviderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
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
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a user of the module sees (issue 14): the exported package holds only the typed client and the vendor model,
 * the factory ServiceLoader finds lives in the package that is not exported, and no public signature of an exported
 * type names the provider kit ({@code io.trunkline.core.spi}) or the internal package.
 */
class FamulorPublicSurfaceTest {
  private static final String EXPORTED = "io.trunkline.provider.famulor";
  private static final String INTERNAL = EXPORTED + ".internal";
  private static final String SPI = "io.trunkline.core.spi";

  @Test
  void theExportedPackage_holdsOnlyTheTypedClientAndTheVendorModel() throws Exception {
    assertThat(publicTypes().stream().filter(c -> c.getEnclosingClass() == null).map(Class::getSimpleName))
        .containsExactly(
            "FamulorClient",
            "FamulorRateLimit",
            "FamulorSipTrunk",
            "FamulorSipTrunkCreate",
            "FamulorSipTrunkUpdate",
            "ImmutableFamulorRateLimit",
            "ImmutableFamulorSipTrunk",
            "ImmutableFamulorSipTrunkCreate",
            "ImmutableFamulorSipTrunkUpdate",
            "InboundAuthorizationType",
            "SipCallingFormat",
            "SipTrunkType");
    assertThat(FamulorClient.class.isInterface()).isTrue();
  }

  @Test
  void theModule_exportsOnlyTheUserApi_andProvidesTheFactoryFromTheInternalPackage() throws Exception {
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }

    assertThat(module.exports()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo(EXPORTED);
      assertThat(e.isQualified()).isFalse();
    });
    assertThat(module.packages()).containsExactlyInAnyOrder(EXPORTED, INTERNAL);
    assertThat(module.provides()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(TrunkProviderFactory.class.getName());
      assertThat(p.providers()).containsExactly(INTERNAL + ".FamulorProviderFactory");
    });
  }

  @Test
  void theFactoryServiceLoaderFinds_isNotInTheExportedPackage() {
    Class<?> factory = ServiceLoader.load(TrunkProviderFactory.class).stream()
        .filter(p -> p.get().metadata().id().equals(FamulorClient.ID)).findFirst().orElseThrow().type();

    assertThat(factory.getPackageName()).isEqualTo(INTERNAL);
    assertThat(factory.getName()).isEqualTo(INTERNAL + ".FamulorProviderFactory");
  }

  @Test
  void unwrap_reachesTheTypedClient_throughItsInterface() {
    try (TrunkProvider famulor = Trunkline.discover().open(FamulorClient.ID, ProviderConfig.builder()
        .baseUrl("http://127.0.0.1:9").credentials(Credentials.bearer("k")).build())) {
      FamulorClient client = famulor.unwrap(FamulorClient.class);

      assertThat(client.getClass().getPackageName()).isEqualTo(INTERNAL);
      assertThat(Modifier.isPublic(client.getClass().getModifiers())).isFalse();
      assertThat(client.lastRateLimit()).isEmpty();
    }
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      check(type + " extends", type.getGenericSuperclass(), leaks);
      for (Type implemented : type.getGenericInterfaces()) {
        check(type + " implements", implemented, leaks);
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field)) {
          check(field.toString(), field.getGenericType(), leaks);
        }
      }
      List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
      executables.addAll(List.<Constructor<?>>of(type.getDeclaredConstructors()));
      for (Executable executable : executables) {
        if (!visible(executable) || executable.isSynthetic()) {
          continue;
        }
        if (executable instanceof Method method) {
          check(method.toGenericString(), method.getGenericReturnType(), leaks);
        }
        for (Type parameter : executable.getGenericParameterTypes()) {
          check(executable.toGenericString(), parameter, leaks);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
          check(executable.toGenericString(), thrown, leaks);
        }
      }
    }

    assertThat(publicTypes()).hasSizeGreaterThan(12);   // the twelve top-level types and the builders
    assertThat(leaks).isEmpty();
  }

  /** Adds {@code where} to {@code leaks} when {@code type}, or a type in it, is in the kit or the internal package. */
  private static void check(String where, Type type, List<String> leaks) {
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String pkg = c.getPackageName();
      if (pkg.equals(SPI) || pkg.equals(INTERNAL)) {
        leaks.add(where + ": " + c.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      check(where, p.getRawType(), leaks);
      for (Type argument : p.getActualTypeArguments()) {
        check(where, argument, leaks);
      }
    } else if (type instanceof WildcardType w) {
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(t -> check(where, t, leaks));
    } else if (type instanceof GenericArrayType a) {
      check(where, a.getGenericComponentType(), leaks);
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        check(where, bound, leaks);
      }
    }
  }

  private static boolean visible(Member member) {
    return (member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0;
  }

  /** Every public type of the exported package, nested ones included, sorted by name. */
  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Path dir = classes().resolve(EXPORTED.replace('.', '/'));
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".class") && !f.endsWith("-info.class"))
          .map(f -> EXPORTED + "." + f.substring(0, f.length() - ".class".length()))
          .sorted()
          .<Class<?>>map(FamulorPublicSurfaceTest::load)
          .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.isAnonymousClass() && !c.isSynthetic())
          .filter(c -> c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, FamulorPublicSurfaceTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }

  /** The module's compiled classes (the directory or jar {@link FamulorClient} was loaded from). */
  private static Path classes() throws URISyntaxException {
    return Path.of(FamulorClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
