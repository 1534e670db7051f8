package io.trunkline.testing.modulepath;

import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * A module-path user's program, run by {@link SimulatorsOnTheModulePathTest} in a JVM of its own: it prints the
 * modules the simulator and WireMock were loaded from, the simulators {@link ServiceLoader} finds, and one answer of
 * the running PBX simulator.
 */
final class ModulePathProbe {
  private ModulePathProbe() {}

  public static void main(String[] args) throws Exception {
    System.out.println(PbxSimulator.class.getModule());
    TreeSet<String> ids = new TreeSet<>();
    ServiceLoader.load(VendorSimulator.class).forEach(s -> ids.add(s.providerId()));
    System.out.println(ids);
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      System.out.println(pbx.server().getClass().getModule());
      // java.base's client: the probe is compiled inside the module for this test, which reads no java.net.http.
      HttpURLConnection get = (HttpURLConnection) URI.create(pbx.baseUrl() + "/api/providers").toURL().openConnection();
      int status = get.getResponseCode();
      try (InputStream body = status < 400 ? get.getInputStream() : get.getErrorStream()) {
        System.out.println(status + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
