package io.trunkline.provider.pbx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.FreshJvm;
import io.trunkline.testing.pbx.PbxSimulator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening the PBX with a bearer token, and its first listed page, make that only other calls need: no SLF4J
 * logger is asked for by the provider (the token authorizer and the typed client log only on sign-ins and skipped
 * updates), no generic error decoder (the PBX has its own), no typed reader of the client (nor the models they read)
 * and no lambda of the PBX's envelopes; and a first page links none of the engine's classes that it does not run
 * (OkHttp's HTTP/2 connection and handshake for the overlong-body guard, a counting parser delegate, the other
 * paging styles' cursors, the engine's lambdas). Checked in fresh JVMs ({@link OpeningMain}) by their class-loading
 * logs.
 */
class OpeningColdTest {
  @TempDir
  Path temp;

  private PbxSimulator sim;

  @BeforeEach
  void start() {
    sim = new PbxSimulator();
    sim.start();
    sim.addTrunks(3);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  /**
   * What neither opening nor a first page makes: the generic decoder's lambda, the typed client's readers and the
   * models they read, the PBX's envelope lambdas.
   */
  private static final String[] NOT_FOR_A_LISTING = {
      "io.trunkline.core.spi.ErrorDecoder$$Lambda",
      "io.trunkline.provider.pbx.internal.DefaultPbxClient$Readers ",
      "io.trunkline.provider.pbx.PbxTrunkStatus ",
      "io.trunkline.provider.pbx.PbxAssignee ",
      "io.trunkline.provider.pbx.internal.PbxEnvelopes$$Lambda"};

  @Test
  void opening_inAFreshJvm_asksNoLoggerAndMakesNoGenericDecoderOrTypedReader() throws Exception {
    FreshJvm run = FreshJvm.run(temp, OpeningMain.class, sim.baseUrl(), sim.issueToken());

    assertThat(run.output()).contains("opened pbx");
    assertThat(run.loaded()).as("the log names the classes loaded")
        .contains("io.trunkline.provider.pbx.internal.PbxTokenAuthorizer ")
        .contains("io.trunkline.provider.pbx.internal.DefaultPbxClient ")
        .doesNotContain("org.slf4j.")
        .doesNotContain(NOT_FOR_A_LISTING);
  }

  @Test
  void aFirstPage_inAFreshJvm_linksOnlyWhatItRuns() throws Exception {
    FreshJvm run = FreshJvm.run(temp, OpeningMain.class, sim.baseUrl(), sim.issueToken(), "--list");

    assertThat(run.output()).contains("opened pbx").contains("listed trunk-0001 trunk-0002 trunk-0003");
    assertThat(run.loaded()).as("the log names the classes loaded")
        .doesNotContain(NOT_FOR_A_LISTING)
        .contains("io.trunkline.core.spi.OverlongBodyGuard$ConnectionSource ")
        .contains("io.trunkline.core.spi.HttpEngine$Exchange$ErrorsInAnswer ")
        .contains("io.trunkline.core.spi.HttpEngine$Send ")
        .contains("io.trunkline.core.spi.Paging$2 ")
        .as("the guard resolves OkHttp's read-ahead field alone, not every field's type")
        .doesNotContain("okhttp3.internal.http2.Http2Connection ")
        .doesNotContain("okhttp3.Handshake ")
        .as("a page's request and its reading spin no lambda of the engine's or the listing's")
        .doesNotContain("io.trunkline.core.spi.HttpEngine$Exchange$$Lambda")
        .doesNotContain("io.trunkline.core.spi.HttpEngine$$Lambda")
        .doesNotContain("io.trunkline.core.spi.LazyPaged$$Lambda")
        .doesNotContain("io.trunkline.core.spi.LazyPaged$PageIterator$$Lambda")
        .doesNotContain("io.trunkline.core.spi.CallRecorder$$Lambda")
        .as("a page parser counts itself: no counting delegate")
        .doesNotContain("io.trunkline.core.spi.CountingParser ")
        .doesNotContain("com.fasterxml.jackson.core.util.JsonParserDelegate ")
        .as("offset paging loads its own cursor only")
        .doesNotContain("io.trunkline.core.spi.Paging$1 ")
        .doesNotContain("io.trunkline.core.spi.Paging$3 ")
        .doesNotContain("io.trunkline.core.spi.Paging$4 ");
  }
}
