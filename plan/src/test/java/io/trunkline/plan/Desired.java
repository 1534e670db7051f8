package io.trunkline.plan;

import io.trunkline.core.Trunkline;
import io.trunkline.testing.channel.ChannelSimulator;
import io.trunkline.testing.famulor.FamulorSimulator;
import io.trunkline.testing.flex.FlexSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;
import java.util.Map;

/** Desired-state files for the simulators, and the environment their {@code env:} references need. */
final class Desired {
  static final String SIP_SECRET = "Sip-Berlin-s3cret-77";
  static final Map<String, String> ENV = Map.of(
      "PBX_PASSWORD", PbxSimulator.PASSWORD,
      "FAMULOR_KEY", FamulorSimulator.API_KEY,
      "CHANNEL_TOKEN", ChannelSimulator.TOKEN,
      "FLEX_KEY", FlexSimulator.API_KEY,
      "PV2_TOKEN", PropertiesV2Simulator.TOKEN,
      "SIP_BERLIN", SIP_SECRET);

  private Desired() {}

  static String pbxAccount(PbxSimulator pbx) {
    return "  - id: eu-pbx\n"
        + "    provider: pbx\n"
        + "    baseUrl: " + pbx.baseUrl() + "\n"
        + "    credentials: {user: admin, password: env:PBX_PASSWORD}\n";
  }

  static String famulorAccount(FamulorSimulator famulor) {
    return "  - id: agency\n"
        + "    provider: famulor\n"
        + "    baseUrl: " + famulor.baseUrl() + "\n"
        + "    credentials: {token: env:FAMULOR_KEY}\n"
        + "    settings: {pacing: \"off\"}\n";
  }

  static String channelAccount(ChannelSimulator channel) {
    return "  - id: teams\n"
        + "    provider: channel\n"
        + "    baseUrl: " + channel.baseUrl() + "\n"
        + "    credentials: {token: env:CHANNEL_TOKEN}\n"
        + "    settings: {account-id: " + ChannelSimulator.ACCOUNT_ID + "}\n";
  }

  static String flexAccount(FlexSimulator flex) {
    return "  - id: wavix\n"
        + "    provider: flex\n"
        + "    baseUrl: " + flex.baseUrl() + "\n"
        + "    credentials: {token: env:FLEX_KEY}\n";
  }

  static String propertiesV2Account(PropertiesV2Simulator pv2) {
    return "  - id: au\n"
        + "    provider: properties-v2\n"
        + "    baseUrl: " + pv2.baseUrl() + "\n"
        + "    credentials: {user: " + PropertiesV2Simulator.ACCOUNT_SID + ", password: env:PV2_TOKEN}\n"
        + "    settings: {property-sid: " + PropertiesV2Simulator.PROPERTY_SID + "}\n";
  }

  /** "Berlin main" at the PBX, every field the PBX requires on create. */
  /**
   * A Famulor trunk at the account {@code agency} with every field Famulor requires; its number derived from the
   * name, so trunks of different names never share one.
   */
  static String famulorTrunk(String name) {
    return "  - account: agency\n"
        + "    name: " + name + "\n"
        + "    numbers: [\"+4940" + String.format("%07d", Math.floorMod(name.hashCode(), 10_000_000)) + "\"]\n"
        + "    host: sip.hamburg.example\n"
        + "    authMode: CREDENTIALS\n"
        + "    username: hamburg-office\n"
        + "    password: env:SIP_BERLIN\n"
        + "    countryCode: DE\n"
        + "    attributes: {sip_calling_format: \"+e164\"}\n";
  }

  static String berlinMain() {
    return "  - account: eu-pbx\n"
        + "    name: Berlin main\n"
        + "    host: sip.carrier.example\n"
        + "    port: 5060\n"
        + "    transport: UDP\n"
        + "    authMode: CREDENTIALS\n"
        + "    username: berlin\n"
        + "    password: env:SIP_BERLIN\n"
        + "    maxChannels: 30\n"
        + "    attributes: {outbound_server: sip.carrier.example, outbound_server_port: 5060}\n";
  }

  static DesiredState read(String yaml) {
    return new DesiredStateReader().readYaml(yaml);
  }

  static Accounts open(DesiredState desired) {
    return Accounts.open(desired, Trunkline.discover(), ENV);
  }
}
