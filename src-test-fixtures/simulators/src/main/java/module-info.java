/**
 * The vendor simulators: every vendor's API on loopback (WireMock), stateful, with the recorded payloads — for the
 * demo, the examples and anyone's own tests. Brings no test framework.
 *
 * <p><b>Package name.</b> The module is {@code io.trunkline.simulators} but its packages are
 * {@code io.trunkline.testing} and {@code io.trunkline.testing.<vendor>}: the simulators kept the package they have
 * always had, so no user's or provider's test changes its imports. The contract kit, which used to share that package,
 * now has its own ({@code io.trunkline.contract}, module {@code io.trunkline.contract}), as a package may belong to
 * one module only.
 *
 * <p><b>WireMock.</b> {@code wiremock-standalone} declares no module name. Its jar carries a stray
 * {@code META-INF/versions/9/module-info.class} (Guava's {@code com.google.common}, shaded in by mistake), which the
 * JDK ignores because the jar is not a multi-release jar; on the module path the jar is therefore the automatic
 * module named after its file, {@code wiremock.standalone}, and this module requires it under that name. On the
 * class path (where tests usually run) none of this matters. On the module path: keep the jar's file name
 * {@code wiremock-standalone-<version>.jar} (as Maven does), put it on the module path (a tool that puts jars without
 * a module name on the class path, such as Gradle, needs to be told), and have no other module on the module path
 * holding {@code org.jspecify.annotations}, a package the jar bundles unrelocated.
 *
 * <p>The simulators are also listed for {@link java.util.ServiceLoader} ({@link io.trunkline.testing.VendorSimulator}).
 */
// WireMock is an automatic module (see above), and its types are part of this API (VendorSimulator.server()).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.trunkline.simulators {
  requires transitive io.trunkline.core;
  requires transitive wiremock.standalone;

  exports io.trunkline.testing;
  exports io.trunkline.testing.channel;
  exports io.trunkline.testing.famulor;
  exports io.trunkline.testing.flex;
  exports io.trunkline.testing.pbx;
  exports io.trunkline.testing.propertiesv2;

  provides io.trunkline.testing.VendorSimulator with
      io.trunkline.testing.famulor.FamulorSimulator,
      io.trunkline.testing.propertiesv2.PropertiesV2Simulator,
      io.trunkline.testing.channel.ChannelSimulator,
      io.trunkline.testing.pbx.PbxSimulator,
      io.trunkline.testing.flex.FlexSimulator;
}
