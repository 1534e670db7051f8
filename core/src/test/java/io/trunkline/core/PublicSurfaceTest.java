package io.trunkline.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user API of core is small on purpose: its exported packages hold exactly these public top-level types
 * (at most 40, issue 14's limit). Adding one is a decision, made here.
 *
 * <p>41 and 42 (issue 19 #14): {@code CallListener} and {@code CallEvent}, the listener hook a caller sets on
 * {@code ProviderConfig} for metrics (the {@code trunkline-micrometer} module is one); an abstract class and one
 * immutable event, so the hook can grow without adding more. To stay within 40, a timeout is a
 * {@code TrunkTransportException} with {@code timedOut()} and a body over a size limit a {@code TrunkResponseException}
 * with {@code tooLarge()} (issue 14): both were subclasses that carried nothing of their own.
 */
class PublicSurfaceTest {
  private static final List<String> EXPORTED = List.of("io.trunkline.core", "io.trunkline.core.model",
      "io.trunkline.core.error");

  @Test
  void exportedPackages_holdAtMostFortyPublicTypes_andExactlyThese() throws Exception {
    List<String> types = publicTopLevelTypes();
    assertThat(types).hasSizeLessThanOrEqualTo(40).containsExactly(
        "io.trunkline.core.CallEvent",
        "io.trunkline.core.CallListener",
        "io.trunkline.core.Capability",
        "io.trunkline.core.Credentials",
        "io.trunkline.core.FieldRequirement",
        "io.trunkline.core.Paged",
        "io.trunkline.core.ProviderConfig",
        "io.trunkline.core.ProviderMetadata",
        "io.trunkline.core.RetryPolicy",
        "io.trunkline.core.Secret",
        "io.trunkline.core.TrunkProvider",
        "io.trunkline.core.Trunkline",
        "io.trunkline.core.error.ApiFailure",
        "io.trunkline.core.error.TrunkApiException",
        "io.trunkline.core.error.TrunkApiValidationException",
        "io.trunkline.core.error.TrunkConfigurationException",
        "io.trunkline.core.error.TrunkConflictException",
        "io.trunkline.core.error.TrunkNotFoundException",
        "io.trunkline.core.error.TrunkRateLimitedException",
        "io.trunkline.core.error.TrunkResponseException",
        "io.trunkline.core.error.TrunkServerException",
        "io.trunkline.core.error.TrunkTransportException",
        "io.trunkline.core.error.TrunkUnauthorizedException",
        "io.trunkline.core.error.TrunkValidationException",
        "io.trunkline.core.error.TrunkWriteAppliedException",
        "io.trunkline.core.error.TrunklineException",
        "io.trunkline.core.error.UnsupportedCapabilityException",
        "io.trunkline.core.model.AuthMode",
        "io.trunkline.core.model.CallBarring",
        "io.trunkline.core.model.CallerId",
        "io.trunkline.core.model.NeutralField",
        "io.trunkline.core.model.Proxy",
        "io.trunkline.core.model.SipTrunk",
        "io.trunkline.core.model.Template",
        "io.trunkline.core.model.Transport",
        "io.trunkline.core.model.TrunkQuery",
        "io.trunkline.core.model.TrunkSpec",
        "io.trunkline.core.model.TrunkState",
        "io.trunkline.core.model.TrunkStatus",
        "io.trunkline.core.model.TrunkUpdate");
  }

  @Test
  void generatedImmutables_areHidden_behindEachTypesOwnBuilder() throws Exception {
    assertThat(publicTopLevelTypes()).noneMatch(t -> t.contains(".Immutable"));
    assertThat(io.trunkline.core.model.SipTrunk.builder().provider("p").id("1").build())
        .isInstanceOf(io.trunkline.core.model.SipTrunk.class);
  }

  private static List<String> publicTopLevelTypes() throws IOException, URISyntaxException {
    Path classes = Path.of(Trunkline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files.map(classes::relativize).map(Path::toString)
          .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("-info.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .filter(name -> EXPORTED.contains(name.substring(0, name.lastIndexOf('.'))))
          .filter(PublicSurfaceTest::isPublic)
          .sorted()
          .toList();
    }
  }

  private static boolean isPublic(String name) {
    try {
      return Modifier.isPublic(Class.forName(name, false, PublicSurfaceTest.class.getClassLoader()).getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
