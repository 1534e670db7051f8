package io.trunkline.examples.simulatoruser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user's own test: JUnit 5.11 (not the JUnit Trunkline builds with), trunkline-simulators, nothing else. It starts
 * the PBX simulator and talks to it over plain HTTP, as a user's code under test would.
 */
class PbxSimulatorUserTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private PbxSimulator pbx;

  @BeforeEach
  void startThePbx() {
    pbx = new PbxSimulator();
    pbx.start();          // a free port on 127.0.0.1
    pbx.seedDemoData();   // six sample trunks
  }

  @AfterEach
  void stopIt() {
    pbx.close();
  }

  @Test
  void signIn_thenList_answersLikeThePbx() throws Exception {
    HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(pbx.baseUrl() + "/api/auth/sign_in"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"username\":\"" + PbxSimulator.USER + "\",\"password\":\"" + PbxSimulator.PASSWORD + "\"}")));
    assertEquals(200, signIn.statusCode(), signIn.body());
    Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(signIn.body());
    assertTrue(token.find(), signIn.body());

    HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(pbx.baseUrl() + "/api/providers?top=10"))
        .header("Authorization", "Bearer " + token.group(1)).GET());
    assertEquals(200, list.statusCode(), list.body());
    assertTrue(list.body().matches("(?s).*\"count\"\\s*:\\s*6\\b.*"), list.body());
    assertTrue(list.body().contains("\"Telnyx US\""), list.body());
  }

  @Test
  void withoutAToken_thePbxRefuses() throws Exception {
    HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create(pbx.baseUrl() + "/api/providers")).GET());
    assertEquals(401, list.statusCode(), list.body());
  }

  @Test
  void everyVendorSimulator_isFoundThroughServiceLoader() {
    Set<String> ids = new TreeSet<>();
    ServiceLoader.load(VendorSimulator.class).forEach(s -> ids.add(s.providerId()));
    assertEquals(Set.of("channel", "famulor", "flex", "pbx", "properties-v2"), ids);
  }

  /** Belt and braces to the enforcer rule in the pom: what really runs is the user's JUnit. */
  @Test
  void theJUnitRunningThisTest_isTheUsers511() {
    assertVersion("5.11.", org.junit.jupiter.api.Test.class);
    assertVersion("1.11.", org.junit.platform.commons.JUnitException.class);
  }

  /** The simulators bring no test or logging framework of their own. */
  @Test
  void theSimulators_bringNoAssertJAndNoLogback() {
    ClassLoader loader = getClass().getClassLoader();
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.assertj.core.api.Assertions", false, loader));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("ch.qos.logback.classic.Logger", false, loader));
  }

  private static void assertVersion(String prefix, Class<?> type) {
    String version = type.getPackage().getImplementationVersion();
    assertTrue(version != null && version.startsWith(prefix),
        type.getName() + " comes in version " + version + ", expected " + prefix + "x");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
