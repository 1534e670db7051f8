package io.trunkline.provider.pbx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.FreshJvm;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery makes the PBX factory and files it under its id, reading nothing else of the provider: no metadata, no
 * adapter class, no declaration, no lambda. Checked in a fresh JVM ({@link DiscoveryMain}) by its class-loading log.
 */
class DiscoveryColdTest {
  @TempDir
  Path temp;

  @Test
  void discovery_inAFreshJvm_makesTheFactoryAlone() throws Exception {
    FreshJvm run = FreshJvm.run(temp, DiscoveryMain.class);

    assertThat(run.output()).contains("unknown provider 'none'; available: ").contains("pbx");
    assertThat(run.loaded()).as("the log names the classes loaded")
        .contains("io.trunkline.provider.pbx.internal.PbxProviderFactory ")
        .doesNotContain("io.trunkline.provider.pbx.internal.PbxAdapter ")
        .doesNotContain("io.trunkline.provider.pbx.internal.PbxFields ")
        .doesNotContain("io.trunkline.provider.pbx.internal.PbxProviderFactory$$Lambda")
        .doesNotContain("io.trunkline.core.ImmutableProviderMetadata ");
  }
}
