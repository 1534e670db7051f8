package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.plan.NumberMoveStep.Kind;
import io.trunkline.plan.StepResult.Outcome;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.famulor.FamulorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "Move a number", across accounts and vendors: from a PBX trunk ({@code did_numbers}) to a Famulor trunk
 * (one {@code phone_number} per trunk). Across vendors the number is put on the target first.
 */
class NumberMoveAcrossVendorsTest {
  private static final String NUMBER = "+4930123456";
  private static final String FAMULOR_NUMBER = "+4930901820";
  private PbxSimulator pbx;
  private FamulorSimulator famulor;
  private TrunkProvider pbxProvider;
  private TrunkProvider famulorProvider;
  private String berlin;
  private String hotline;

  @BeforeEach
  void start() {
    pbx = new PbxSimulator();
    pbx.start();
    berlin = pbx.addTrunk(JsonNodeFactory.instance.objectNode().put("name", "Berlin").put("transport", "UDP")
        .put("hostname", "sip.example.com").put("port", 5060).put("outbound_server", "sip.example.com")
        .put("outbound_server_port", 5060).put("concurrency", 10).put("did_numbers", "4930123456;4930123457"));
    famulor = new FamulorSimulator();
    famulor.start();
    famulor.seedDemoData();
    pbxProvider = Trunkline.discover().open("pbx", pbx.config());
    famulorProvider = Trunkline.discover().open("famulor", famulor.config());
    hotline = famulorProvider.list().stream().filter(t -> t.numbers().contains(FAMULOR_NUMBER)).map(SipTrunk::id)
        .findFirst().orElseThrow();
    pbxProvider.get(berlin);
    NumberMoveJournal.clear(pbx);
    NumberMoveJournal.clear(famulor);
  }

  @AfterEach
  void stop() {
    pbxProvider.close();
    famulorProvider.close();
    pbx.close();
    famulor.close();
  }

  private NumberMove move() {
    return NumberMove.of(NUMBER).from("eu-pbx", pbxProvider, berlin).to("agency", famulorProvider, hotline);
  }

  private String famulorNumber() {
    return famulor.trunk(Long.parseLong(hotline)).orElseThrow().path("phone_number").asText();
  }

  private String dids() {
    return pbx.trunk(berlin).orElseThrow().path("did_numbers").asText();
  }

  @Test
  void pbxToFamulor_putsItOnTheTargetFirst_inPlaceOfItsNumber_thenFreesTheSource() {
    NumberMoveResult result = move().replaceTargetNumbers(true).run();

    assertThat(result.replacedNumbers()).containsExactly(FAMULOR_NUMBER);
    assertThat(result.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome)
        .containsExactly(tuple(Kind.PUT_ON_TARGET, Outcome.APPLIED), tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED));
    assertThat(result.steps().get(0).action()).isEqualTo("put +4930123456 on trunk " + hotline
        + " at agency (famulor) in place of +4930901820");
    assertThat(NumberMoveJournal.writes(famulor)).containsExactly(
        "PUT /api/user/phone-numbers/sip-trunks/" + hotline + " {\"phone_number\":\"+4930123456\"}");
    assertThat(NumberMoveJournal.writes(pbx)).containsExactly(
        "POST /api/providers/" + berlin + " {\"did_numbers\":\"4930123457\"}");
    assertThat(famulorNumber()).isEqualTo(NUMBER);
    assertThat(dids()).isEqualTo("4930123457");
  }

  @Test
  void withoutReplacing_aTargetThatHoldsOneNumber_refusesBeforeSending_andNothingChanges() {
    NumberMoveException e = NumberMoveJournal.failed(move());

    assertThat(e.unchanged()).isTrue();
    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome)
        .containsExactly(tuple(Kind.PUT_ON_TARGET, Outcome.REFUSED));
    assertThat(e.getMessage()).contains("numbers (phone_number)",
        "replaceTargetNumbers puts +4930123456 in place of +4930901820", "nothing was changed");
    assertThat(NumberMoveJournal.writes(famulor)).isEmpty();
    assertThat(NumberMoveJournal.writes(pbx)).isEmpty();
  }

  @Test
  void whenTheSourceRefuses_theTargetGetsItsNumberBack() {
    pbx.intercept(r -> r.method().equals("POST") && r.rawPath().equals("/api/providers/" + berlin)
        ? SimResponse.json(400, "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"trunk is in use\"}]}")
        : pbx.dispatchToRoutes(r));

    NumberMoveException e = NumberMoveJournal.failed(move().replaceTargetNumbers(true));

    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome).containsExactly(
        tuple(Kind.PUT_ON_TARGET, Outcome.APPLIED), tuple(Kind.TAKE_OFF_SOURCE, Outcome.REFUSED),
        tuple(Kind.TAKE_OFF_TARGET, Outcome.APPLIED));
    assertThat(e.unchanged()).isTrue();
    assertThat(e.getMessage()).contains("trunk is in use", "every change was undone");
    assertThat(NumberMoveJournal.writes(famulor)).containsExactly(
        "PUT /api/user/phone-numbers/sip-trunks/" + hotline + " {\"phone_number\":\"+4930123456\"}",
        "PUT /api/user/phone-numbers/sip-trunks/" + hotline + " {\"phone_number\":\"+4930901820\"}");
    assertThat(NumberMoveJournal.writes(pbx)).containsExactly(
        "POST /api/providers/" + berlin + " {\"did_numbers\":\"4930123457\"}");
    assertThat(famulorNumber()).isEqualTo(FAMULOR_NUMBER);
    assertThat(dids()).isEqualTo("4930123456;4930123457");
  }

  @Test
  void whenTheTargetRefusesItsNumberBack_bothFailuresAreNamed_andTheNumberMayBeOnBothTrunks() {
    pbx.intercept(r -> r.method().equals("POST") && r.rawPath().equals("/api/providers/" + berlin)
        ? SimResponse.json(400, "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"trunk is in use\"}]}")
        : pbx.dispatchToRoutes(r));
    AtomicInteger puts = new AtomicInteger();
    famulor.intercept(r -> r.method().equals("PUT") && puts.incrementAndGet() > 1
        ? SimResponse.json(422, "{\"message\":\"The given data was invalid.\",\"errors\":{\"phone_number\":"
            + "[\"The phone number has already been taken.\"]}}")
        : famulor.dispatchToRoutes(r));

    NumberMoveException e = NumberMoveJournal.failed(move().replaceTargetNumbers(true));

    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome).containsExactly(
        tuple(Kind.PUT_ON_TARGET, Outcome.APPLIED), tuple(Kind.TAKE_OFF_SOURCE, Outcome.REFUSED),
        tuple(Kind.TAKE_OFF_TARGET, Outcome.REFUSED));
    assertThat(e.unchanged()).isFalse();
    assertThat(e.getMessage()).contains("trunk is in use", "has already been taken",
        "a change could not be undone (it may be on both trunks)");
    assertThat(famulorNumber()).isEqualTo(NUMBER);
    assertThat(dids()).isEqualTo("4930123456;4930123457");
  }

  @Test
  void aFamulorTrunksOnlyNumber_cannotBeTakenOff_soTheMoveIsRefusedBeforeAnyWrite() {
    assertThatThrownBy(() -> NumberMove.of(FAMULOR_NUMBER).from("agency", famulorProvider, hotline)
        .to("eu-pbx", pbxProvider, berlin).run())
        .isInstanceOf(NumberMoveException.class)
        .hasMessageContaining("famulor requires numbers (phone_number) on every trunk, and +4930901820 is the only"
            + " number of trunk " + hotline + " at agency (famulor): it cannot give it away");
    assertThat(NumberMoveJournal.writes(famulor)).isEmpty();
    assertThat(NumberMoveJournal.requests(pbx)).isEmpty();
  }

  @Test
  void withinOneFamulorAccount_theVendorDoesNotAllowIt_soTheMoveIsRefusedBeforeAnyWrite() {
    String other = famulorProvider.list().stream().filter(t -> t.numbers().contains("+14155551234"))
        .map(SipTrunk::id).findFirst().orElseThrow();
    NumberMoveJournal.clear(famulor);

    assertThatThrownBy(() -> NumberMove.of(FAMULOR_NUMBER).from("agency", famulorProvider, hotline)
        .to("agency", famulorProvider, other).replaceTargetNumbers(true).run())
        .isInstanceOf(NumberMoveException.class)
        .hasMessage("move of +4930901820 refused before any write: famulor requires numbers (phone_number) on every"
            + " trunk, and +4930901820 is the only number of trunk " + hotline + " at agency (famulor): it cannot"
            + " give it away (give the trunk another number, or delete it, first); nothing was changed");
    assertThat(NumberMoveJournal.requests(famulor)).containsExactly(
        "GET /api/user/phone-numbers/sip-trunks/" + hotline);
  }
}
