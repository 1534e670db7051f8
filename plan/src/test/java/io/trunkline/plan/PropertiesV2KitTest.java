package io.trunkline.plan;

import io.trunkline.testing.SimRequest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;

/** The desired-state kit against the properties-v2 simulator. */
class PropertiesV2KitTest extends VendorPlanKit {
  @Override
  VendorSimulator newSimulator() {
    return new PropertiesV2Simulator();
  }

  @Override
  String account() {
    return Desired.propertiesV2Account((PropertiesV2Simulator) sim);
  }

  @Override
  String accountId() {
    return "au";
  }

  @Override
  String newTrunk(String name) {
    return "  - account: au\n"
        + "    name: " + name + "\n"
        + "    callerId: \"+61361234567\"\n"
        + "    allowedIps: [52.62.30.40/32]\n"
        + "    maxChannels: 5\n";
  }

  @Override
  String seededName() {
    return "Sydney PBX primary";
  }

  @Override
  String seededUpdate() {
    return "  - {account: au, name: Sydney PBX primary, maxChannels: 40}\n";
  }

  @Override
  boolean isCreate(SimRequest request) {
    return request.method().equals("POST") && request.rawPath().endsWith("/SipTrunk");
  }
}
