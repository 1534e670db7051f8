package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.SipTrunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A write's answer keeps no value that holds the text of a secret the write sent, under any name. */
class EchoedSecretsTest {
  private static final Secret SENT = Secret.of("Zx9-pw");

  private static SipTrunk.Builder trunk() {
    return SipTrunk.builder().provider("p").id("7").host("sip.example.com").username("alice").callerId("+3120")
        .addAllowedIps("10.0.0.1").addNumbers("+3121").putAttributes("region", TextNode.valueOf("eu"))
        .putAttributes("count", IntNode.valueOf(3));
  }

  @Test
  void anAnswerWithoutTheSecret_isReturnedAsItIs() {
    SipTrunk answer = trunk().name("main").build();

    assertThat(EchoedSecrets.dropped(answer, List.of(SENT))).isSameAs(answer);
  }

  @Test
  void noSecretSent_keepsEveryValue_evenOneThatLooksLikeAPassword() {
    SipTrunk answer = trunk().name("Zx9-pw").build();

    assertThat(EchoedSecrets.dropped(answer, List.of())).isSameAs(answer);
  }

  @Test
  void attributesHoldingTheSecret_atAnyDepth_areDropped_andTheOthersKept() {
    SipTrunk answer = trunk().name("main")
        .putAttributes("echo", TextNode.valueOf("Zx9-pw"))
        .putAttributes("note", TextNode.valueOf("your password is Zx9-pw"))
        .putAttributes("section", Json.object().set("inner", Json.mapper().createArrayNode().add("Zx9-pw")))
        .build();

    SipTrunk kept = EchoedSecrets.dropped(answer, List.of(SENT));

    assertThat(kept).isEqualTo(trunk().name("main").build());
    assertThat(kept.attributes()).containsOnlyKeys("region", "count");
  }

  @Test
  void neutralTextsAndListElementsThatAreTheSecret_areDropped() {
    SipTrunk answer = SipTrunk.builder().provider("p").id("7").name("Zx9-pw").host("h").username("Zx9-pw")
        .callerId("Zx9-pw").countryCode("Zx9-pw").addAllowedIps("10.0.0.1", "Zx9-pw").addNumbers("Zx9-pw", "+3121")
        .build();

    SipTrunk kept = EchoedSecrets.dropped(answer, List.of(Secret.of("other"), SENT));

    assertThat(kept).isEqualTo(SipTrunk.builder().provider("p").id("7").host("h").addAllowedIps("10.0.0.1")
        .addNumbers("+3121").build());
  }

  @Test
  void neutralValuesThatOnlyContainAShortSecret_areTheTrunksOwnData_andKept() {
    SipTrunk answer = SipTrunk.builder().provider("p").id("7").name("trunk-1234").host("h1234.example.com")
        .username("u1234").addAllowedIps("10.1.234.1").addNumbers("+31201234567").build();

    assertThat(EchoedSecrets.dropped(answer, List.of(Secret.of("1234")))).isSameAs(answer);
  }
}
