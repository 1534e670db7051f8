package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.plan.NumberMoveStep.Kind;
import io.trunkline.plan.StepResult.Outcome;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 17, "Move a number": within one PBX account, where numbers are the trunk field {@code did_numbers}. */
class NumberMovePbxTest {
  private static final String NUMBER = "+4930123456";
  private PbxSimulator pbx;
  private TrunkProvider provider;
  private String berlin;
  private String hamburg;

  @BeforeEach
  void start() {
    pbx = new PbxSimulator();
    pbx.start();
    berlin = pbx.addTrunk(trunk("Berlin", "4930123456;4930123457"));
    hamburg = pbx.addTrunk(trunk("Hamburg", "3000"));
    provider = Trunkline.discover().open("pbx", pbx.config());
    provider.get(berlin);   // signs in before the journal starts
    NumberMoveJournal.clear(pbx);
  }

  @AfterEach
  void stop() {
    provider.close();
    pbx.close();
  }

  private static ObjectNode trunk(String name, String dids) {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("name", name).put("transport", "UDP").put("hostname", "sip.example.com")
        .put("port", 5060).put("outbound_server", "sip.example.com").put("outbound_server_port", 5060)
        .put("concurrency", 10).put("did_numbers", dids);
  }

  private String dids(String id) {
    return pbx.trunk(id).orElseThrow().path("did_numbers").asText();
  }

  @Test
  void withinOneAccount_theNumberIsFreedFirst_thenPutOnTheTarget() {
    NumberMoveResult result = NumberMove.of(NUMBER).from("eu-pbx", provider, berlin).to("eu-pbx", provider, hamburg)
        .run();

    assertThat(result.describe()).isEqualTo("moved +4930123456 from trunk " + berlin + " at eu-pbx (pbx) to trunk "
        + hamburg + " at eu-pbx (pbx)");
    assertThat(result.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED),
            org.assertj.core.groups.Tuple.tuple(Kind.PUT_ON_TARGET, Outcome.APPLIED));
    assertThat(result.notes()).isEmpty();
    assertThat(result.replacedNumbers()).isEmpty();
    assertThat(NumberMoveJournal.requests(pbx)).containsExactly(
        "GET /api/providers/" + berlin,
        "GET /api/providers/" + hamburg,
        "POST /api/providers/" + berlin + " {\"did_numbers\":\"4930123457\"}",
        "GET /api/providers/" + berlin,
        "POST /api/providers/" + hamburg + " {\"did_numbers\":\"3000;+4930123456\"}",
        "GET /api/providers/" + hamburg);
    assertThat(dids(berlin)).isEqualTo("4930123457");
    assertThat(dids(hamburg)).isEqualTo("3000;+4930123456");
  }

  @Test
  void whenTheTargetRefuses_theNumberIsPutBackOnTheSource_asItWasWritten() {
    pbx.intercept(r -> r.method().equals("POST") && r.rawPath().equals("/api/providers/" + hamburg)
        ? SimResponse.json(400, "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"did_numbers overlap\"}]}")
        : pbx.dispatchToRoutes(r));

    NumberMoveException e = NumberMoveJournal.failed(NumberMove.of(NUMBER).from("eu-pbx", provider, berlin)
        .to("eu-pbx", provider, hamburg));

    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED),
        org.assertj.core.groups.Tuple.tuple(Kind.PUT_ON_TARGET, Outcome.REFUSED),
        org.assertj.core.groups.Tuple.tuple(Kind.PUT_BACK_ON_SOURCE, Outcome.APPLIED));
    assertThat(e.unchanged()).isTrue();
    assertThat(e.moved()).isFalse();
    assertThat(e.getMessage()).contains("put +4930123456 on trunk " + hamburg + " at eu-pbx (pbx): refused (",
        "did_numbers overlap", "every change was undone: +4930123456 is on trunk " + berlin
            + " at eu-pbx (pbx) as before, not moved");
    assertThat(NumberMoveJournal.writes(pbx)).containsExactly(
        "POST /api/providers/" + berlin + " {\"did_numbers\":\"4930123457\"}",
        "POST /api/providers/" + hamburg + " {\"did_numbers\":\"3000;+4930123456\"}",
        "POST /api/providers/" + berlin + " {\"did_numbers\":\"4930123456;4930123457\"}");
    assertThat(dids(berlin)).isEqualTo("4930123456;4930123457");
    assertThat(dids(hamburg)).isEqualTo("3000");
  }

  @Test
  void whenPuttingItBackFailsToo_bothFailuresAreNamed_andTheStateIsNotCalledUnchanged() {
    AtomicInteger berlinWrites = new AtomicInteger();
    pbx.intercept(r -> {
      if (r.method().equals("POST") && r.rawPath().equals("/api/providers/" + hamburg)) {
        return SimResponse.json(400, "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"did_numbers overlap\"}]}");
      }
      if (r.method().equals("POST") && r.rawPath().equals("/api/providers/" + berlin)
          && berlinWrites.incrementAndGet() > 1) {
        return SimResponse.json(403, "{\"errors\":[{\"code\":\"FORBIDDEN\",\"message\":\"trunk is locked\"}]}");
      }
      return pbx.dispatchToRoutes(r);
    });

    NumberMoveException e = NumberMoveJournal.failed(NumberMove.of(NUMBER).from("eu-pbx", provider, berlin)
        .to("eu-pbx", provider, hamburg));

    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED),
        org.assertj.core.groups.Tuple.tuple(Kind.PUT_ON_TARGET, Outcome.REFUSED),
        org.assertj.core.groups.Tuple.tuple(Kind.PUT_BACK_ON_SOURCE, Outcome.REFUSED));
    assertThat(e.unchanged()).isFalse();
    assertThat(e.getMessage()).contains("take +4930123456 off trunk " + berlin + " at eu-pbx (pbx): applied",
        "did_numbers overlap", "put +4930123456 back on trunk " + berlin + " at eu-pbx (pbx): refused (",
        "trunk is locked", "a change could not be undone (it may be on neither trunk)");
    assertThat(e.getCause()).hasMessageContaining("did_numbers overlap");
    assertThat(e.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessageContaining("locked"));
    assertThat(NumberMoveJournal.writes(pbx)).hasSize(3);
    assertThat(dids(berlin)).isEqualTo("4930123457");
    assertThat(dids(hamburg)).isEqualTo("3000");
  }

  @Test
  void aWriteWithAnUnknownOutcome_isLookedUpOnTheTrunk_andCountsAsApplied_whenTheTrunkHoldsTheNumber() {
    // the PBX's update is idempotent (never outcome unknown): a vendor whose answer is lost after the write applied
    TrunkProvider answerLost = new TrunkProvider() {
      @Override
      public io.trunkline.core.ProviderMetadata metadata() {
        return provider.metadata();
      }

      @Override
      public io.trunkline.core.model.SipTrunk get(String id) {
        return provider.get(id);
      }

      @Override
      public io.trunkline.core.model.SipTrunk update(String id, io.trunkline.core.model.TrunkUpdate update) {
        io.trunkline.core.model.SipTrunk updated = provider.update(id, update);
        if (id.equals(hamburg)) {
          throw new io.trunkline.core.error.TrunkTransportException("answer lost", "POST", "/api/providers/" + id, 1,
              true, null);
        }
        return updated;
      }

      @Override
      public Object vendorClient() {
        return provider.vendorClient();
      }

      @Override
      public void close() {}
    };

    NumberMoveResult result = NumberMove.of(NUMBER).from(answerLost, berlin).to(answerLost, hamburg).run();

    assertThat(result.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED),
            org.assertj.core.groups.Tuple.tuple(Kind.PUT_ON_TARGET, Outcome.APPLIED));
    assertThat(result.steps().get(1).message()).contains("answer lost; reading the trunk shows it applied");
    assertThat(NumberMoveJournal.writes(pbx)).hasSize(2);
    assertThat(NumberMoveJournal.requests(pbx)).endsWith("GET /api/providers/" + hamburg);
    assertThat(dids(hamburg)).isEqualTo("3000;+4930123456");
  }

  @Test
  void aNumberNotOnTheSource_isRefusedBeforeAnyWrite_withTheTrunksNumbers() {
    assertThatThrownBy(() -> NumberMove.of("+4930999999").from("eu-pbx", provider, berlin)
        .to("eu-pbx", provider, hamburg).run())
        .isInstanceOf(NumberMoveException.class)
        .hasMessage("move of +4930999999 refused before any write: +4930999999 is not on trunk " + berlin
            + " at eu-pbx (pbx) (its numbers (did_numbers): 4930123456, 4930123457); nothing was changed")
        .satisfies(e -> assertThat(((NumberMoveException) e).unchanged()).isTrue())
        .satisfies(e -> assertThat(((NumberMoveException) e).refusedBeforeAnyWrite()).isTrue());
    assertThat(NumberMoveJournal.requests(pbx)).containsExactly("GET /api/providers/" + berlin);
  }

  @Test
  void aNumberInsideARange_orAlreadyOnTheTarget_orAnUnknownTarget_isRefusedBeforeAnyWrite() {
    String range = pbx.addTrunk(trunk("Range", "31201234500-31201234599"));
    assertThatThrownBy(() -> NumberMove.of("+31201234550").from(provider, range).to(provider, hamburg).run())
        .hasMessageContaining("+31201234550 is inside the range 31201234500-31201234599 on trunk " + range
            + " at pbx; a move takes a single number, so split the range first");
    assertThatThrownBy(() -> NumberMove.of("4930123456").from(provider, berlin).to(provider, hamburg).run())
        .isInstanceOf(TrunkValidationException.class).hasMessage("number: must be an E.164 number: '+' then 2 to"
            + " 15 digits, no spaces");
    String twin = pbx.addTrunk(trunk("Twin", "+4930123456"));
    assertThatThrownBy(() -> NumberMove.of(NUMBER).from(provider, berlin).to(provider, twin).run())
        .hasMessageContaining("+4930123456 is already on trunk " + twin + " at pbx (as +4930123456)");
    assertThatThrownBy(() -> NumberMove.of(NUMBER).from(provider, berlin).to(provider, "NoSuchTrunk").run())
        .hasMessageContaining("the target trunk NoSuchTrunk at pbx does not exist (");
    assertThatThrownBy(() -> NumberMove.of(NUMBER).from(provider, berlin).to(provider, berlin).run())
        .hasMessageContaining("from and to are the same trunk");
    assertThat(NumberMoveJournal.writes(pbx)).isEmpty();
  }

  @Test
  void aProviderThatCannotHoldNumbers_isRefusedByItsCapabilities_beforeAnyRequest() {
    try (var flex = new io.trunkline.testing.flex.FlexSimulator()) {
      flex.start();
      try (TrunkProvider flexProvider = Trunkline.discover().open("flex", flex.config())) {
        assertThatThrownBy(() -> NumberMove.of(NUMBER).from("eu-pbx", provider, berlin)
            .to("us", flexProvider, "1").run())
            .isInstanceOf(NumberMoveException.class)
            .hasMessageContaining("account 'us' (flex) cannot move numbers: its trunks have no numbers field it"
                + " can read and write, and it cannot connect and disconnect numbers");
      }
      assertThat(flex.server().getAllServeEvents()).isEmpty();
    }
    assertThat(NumberMoveJournal.requests(pbx)).isEmpty();
  }
}
