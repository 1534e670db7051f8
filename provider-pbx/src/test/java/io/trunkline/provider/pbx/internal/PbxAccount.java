package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.Payloads;
import io.trunkline.contract.WireMockVendor;

/** The PBX account the WireMock tests sign in with (public for the tests of the exported package). */
public final class PbxAccount {
  /** The bearer token the tests sign in with. */
  public static final String TOKEN = "test-token-0123456789";

  private PbxAccount() {}

  /** The PBX on WireMock, with the recorded payloads under {@code pbx/}. */
  public static WireMockVendor<TrunkProvider> wireMock() {
    return WireMockVendor.of(new PbxProviderFactory(), TrunkProvider.class, Credentials.bearer(TOKEN)).payloads("pbx");
  }

  /** The seed's create body with values the PBX (and this SDK) accept, a password among them. */
  public static String realisticCreateBody() throws Exception {
    ObjectNode body = (ObjectNode) Json.mapper().readTree(Payloads.text("pbx/create-request.json"));
    body.put("name", "Telnyx US").put("brand", "Telnyx").put("auth_mode", "REGISTER_AUTH").put("transport", "TLS")
        .put("hostname", "sip.telnyx.com").put("port", 5061).put("auth_id", "acme").put("username", "acme")
        .put("password", "4r=h;EaCB85QNtr2").put("outbound_server", "sip.telnyx.com")
        .put("outbound_server_port", 5061).put("concurrency", 40)
        .put("additional_ips", "192.0.2.0/24;192.0.2.0/32").put("did_numbers", "3000;12000-18000");
    return Json.mapper().writeValueAsString(body);
  }
}
