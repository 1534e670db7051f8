package io.trunkline.plan;

import io.trunkline.testing.SimRequest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;

/** The desired-state kit against the PBX simulator. */
class PbxKitTest extends VendorPlanKit {
  @Override
  VendorSimulator newSimulator() {
    return new PbxSimulator();
  }

  @Override
  String account() {
    return Desired.pbxAccount((PbxSimulator) sim);
  }

  @Override
  String accountId() {
    return "eu-pbx";
  }

  @Override
  String newTrunk(String name) {
    return Desired.berlinMain().replace("name: Berlin main", "name: " + name);
  }

  @Override
  String seededName() {
    return "Telnyx US";
  }

  @Override
  String seededUpdate() {
    return "  - account: eu-pbx\n    name: Telnyx US\n    maxChannels: 60\n";
  }

  @Override
  boolean isCreate(SimRequest request) {
    return request.method().equals("POST") && request.rawPath().equals("/api/providers");
  }
}
