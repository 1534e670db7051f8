package io.trunkline.plan;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.famulor.FamulorSimulator;

/** The desired-state kit against the Famulor simulator. */
class FamulorKitTest extends VendorPlanKit {
  @Override
  VendorSimulator newSimulator() {
    return new FamulorSimulator();
  }

  @Override
  String account() {
    return Desired.famulorAccount((FamulorSimulator) sim);
  }

  @Override
  String accountId() {
    return "agency";
  }

  @Override
  String newTrunk(String name) {
    return Desired.famulorTrunk(name);
  }

  @Override
  String seededName() {
    return "Vertrieb Hotline";
  }

  @Override
  String seededUpdate() {
    return "  - account: agency\n    name: Vertrieb Hotline\n    host: sip2.easybell.de\n";
  }

  @Override
  boolean isCreate(SimRequest request) {
    return request.method().equals("POST") && request.rawPath().equals("/api/user/phone-numbers/sip-trunks");
  }

  @Override
  void changeAtVendor(TrunkProvider provider, String id) {
    provider.update(id, TrunkUpdate.builder().host("sip9.easybell.de").build());
  }
}
