package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.FreshJvm;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the provider and its first listing build no {@code ObjectMapper}: the neutral listing is streamed by the
 * kit's reader, and the typed client's readers ({@code ResponseShapes}) are made only when one of its answers is
 * read. Checked in a fresh JVM by its class-loading log, against the simulator in this one.
 */
class ColdListingTest {
  @TempDir
  Path temp;

  @Test
  void openingAndAFirstListing_inAFreshJvm_loadNoObjectMapper() throws Exception {
    FreshJvm run;
    try (PropertiesV2Simulator simulator = (PropertiesV2Simulator) new PropertiesV2Simulator().start()) {
      simulator.seedDemoData();
      run = FreshJvm.run(temp, ColdListingMain.class, simulator.baseUrl(), PropertiesV2Simulator.ACCOUNT_SID,
          PropertiesV2Simulator.TOKEN, PropertiesV2Simulator.PROPERTY_SID);
    }

    assertThat(run.output()).contains("listed Sydney PBX primary:IP:ACTIVE:30:true:[CustomerReference]"
        + " | Melbourne contact centre:CREDENTIALS:ACTIVE:60:true:[CustomerReference, ExternalReference]"
        + " | Brisbane branch office:IP:PROVISIONING:10:true:[CustomerReference]"
        + " | Perth warehouse:CREDENTIALS:INACTIVE:4:true:[EndDate]"
        + " | Adelaide failover:IP:DEPROVISIONING:8:true:[CustomerReference, ExternalReference, EndDate]\n");
    assertThat(run.loaded()).as("the log names the classes loaded")
        .contains("io.trunkline.provider.propertiesv2.internal.ResponseShapes ")
        .contains("com.fasterxml.jackson.core.JsonFactory ")
        .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper ")
        .doesNotContain("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule ")
        .doesNotContain("io.trunkline.core.spi.Json$Mapper ");
  }
}
