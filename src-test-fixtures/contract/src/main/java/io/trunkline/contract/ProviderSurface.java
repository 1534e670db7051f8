package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.spi.TrunkProviderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a provider module shows its users, read from its compiled classes: the public types of its exported package
 * (the typed client and the vendor model, nothing of the provider), whether any of their signatures names core's
 * provider kit ({@code io.trunkline.core.spi}) or the module's {@code internal} package, and whether the module hides
 * its factory there. One test per provider module:
 * <pre>{@code
 * ProviderSurface surface = ProviderSurface.of(FlexClient.class);   // any public type of the exported package
 * assertThat(surface.publicTypes()).containsExactlyInAnyOrder("FlexClient", "FlexTrunk", ...);
 * assertThat(surface.leaks()).isEmpty();
 * surface.assertHidesItsFactory("flex");
 * }</pre>
 */
public final class ProviderSurface {
  private static final String KIT = "io.trunkline.core.spi";

  private final Path classes;
  private final String exported;
  private final String internal;

  private ProviderSurface(Path classes, String exported) {
    this.classes = classes;
    this.exported = exported;
    this.internal = exported + ".internal";
  }

  /** The surface of the module that compiled {@code exportedType}, whose package is the one it exports. */
  public static ProviderSurface of(Class<?> exportedType) {
    try {
      return new ProviderSurface(Path.of(exportedType.getProtectionDomain().getCodeSource().getLocation().toURI()),
          exportedType.getPackageName());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The simple names of the public top-level types compiled into the exported package, sorted. */
  public List<String> publicTypes() {
    return types(exported).stream().map(Class::getSimpleName).sorted().toList();
  }

  /**
   * The simple names of the public top-level types of the internal package, sorted: only those ServiceLoader or the
   * model's annotations need to be public (the factory; a field-name or deserializer class an annotation names).
   */
  public List<String> publicInternalTypes() {
    return types(internal).stream().map(Class::getSimpleName).sorted().toList();
  }

  /**
   * Each public or protected signature of an exported type (its supertypes, fields, constructors, methods and
   * exceptions, generics included, and those of its public nested types) that names a type of the provider kit or
   * of the internal package, as {@code "owner.member: named type"}; empty when none does.
   */
  public Set<String> leaks() {
    Set<String> leaks = new TreeSet<>();
    for (Class<?> type : types(exported)) {
      check(type, leaks);
    }
    return leaks;
  }

  /**
   * Asserts that the module descriptor exports exactly the exported package (to everyone), holds the internal
   * package, and provides {@link TrunkProviderFactory} with one class of the internal package, and that
   * {@link ServiceLoader} finds the provider {@code providerId} through a factory there.
   */
  public void assertHidesItsFactory(String providerId) {
    ModuleDescriptor module = descriptor();
    assertThat(module.exports()).as("exports of %s", module.name())
        .extracting(ModuleDescriptor.Exports::source).containsExactly(exported);
    assertThat(module.exports()).as("exports of %s", module.name()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(module.packages()).as("packages of %s", module.name()).contains(internal);
    assertThat(module.provides()).as("provides of %s", module.name()).singleElement().satisfies(p -> {
      assertThat(p.service()).isEqualTo(TrunkProviderFactory.class.getName());
      assertThat(p.providers()).singleElement().asString().startsWith(internal + ".");
    });
    assertThat(ServiceLoader.load(TrunkProviderFactory.class).stream().map(ServiceLoader.Provider::type)
        .filter(t -> t.getPackageName().equals(internal)).map(ProviderSurface::instantiate)
        .map(f -> f.metadata().id())).as("ids of the factories ServiceLoader finds in %s", internal)
        .containsExactly(providerId);
  }

  private ModuleDescriptor descriptor() {
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TrunkProviderFactory instantiate(Class<? extends TrunkProviderFactory> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Class<?>> types(String pkg) {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
          Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
          if (Modifier.isPublic(type.getModifiers())) {
            types.add(type);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    return types;
  }

  private void check(Class<?> type, Set<String> leaks) {
    String owner = type.getName();
    mentions(type.getGenericSuperclass(), owner + " extends", leaks);
    all(type.getGenericInterfaces(), owner + " implements", leaks);
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers())) {
        mentions(field.getGenericType(), owner + "." + field.getName(), leaks);
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers())) {
        all(constructor.getGenericParameterTypes(), owner + "(…)", leaks);
        all(constructor.getGenericExceptionTypes(), owner + "(…) throws", leaks);
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method.getModifiers()) && !method.isSynthetic()) {
        String where = owner + "." + method.getName() + "(…)";
        mentions(method.getGenericReturnType(), where, leaks);
        all(method.getGenericParameterTypes(), where, leaks);
        all(method.getGenericExceptionTypes(), where + " throws", leaks);
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (visible(nested.getModifiers())) {
        check(nested, leaks);
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private void all(Type[] types, String where, Set<String> leaks) {
    for (Type type : types) {
      mentions(type, where, leaks);
    }
  }

  private void mentions(Type type, String where, Set<String> leaks) {
    if (type instanceof Class<?> c) {
      Class<?> named = c;
      while (named.isArray()) {
        named = named.getComponentType();
      }
      String pkg = named.getPackageName();
      if (pkg.equals(KIT) || pkg.equals(internal) || pkg.startsWith(internal + ".")) {
        leaks.add(where + ": " + named.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      mentions(p.getRawType(), where, leaks);
      all(p.getActualTypeArguments(), where, leaks);
    } else if (type instanceof GenericArrayType a) {
      mentions(a.getGenericComponentType(), where, leaks);
    } else if (type instanceof WildcardType w) {
      all(w.getUpperBounds(), where, leaks);
      all(w.getLowerBounds(), where, leaks);
    } else if (type instanceof TypeVariable<?> v) {
      all(v.getBounds(), where, leaks);
    }
  }
}
