package io.trunkline.plan;

import io.trunkline.core.Secret;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.flex.FlexSimulator;

/** The desired-state kit against the Flex simulator (its updates carry the password). */
class FlexKitTest extends VendorPlanKit {
  @Override
  VendorSimulator newSimulator() {
    return new FlexSimulator();
  }

  @Override
  String account() {
    return Desired.flexAccount((FlexSimulator) sim);
  }

  @Override
  String accountId() {
    return "wavix";
  }

  @Override
  String newTrunk(String name) {
    return "  - account: wavix\n"
        + "    name: " + name + "\n"
        + "    password: env:SIP_BERLIN\n"
        + "    callerId: \"+13132847320\"\n";
  }

  @Override
  String seededName() {
    return "Call center";
  }

  @Override
  String seededUpdate() {
    return "  - {account: wavix, name: Call center, maxChannels: 40, password: env:SIP_BERLIN}\n";
  }

  @Override
  boolean isCreate(SimRequest request) {
    return request.method().equals("POST") && request.rawPath().equals("/v1/trunks");
  }

  @Override
  TrunkUpdate.Builder update() {
    return TrunkUpdate.builder().password(Secret.of(Desired.SIP_SECRET));
  }
}
