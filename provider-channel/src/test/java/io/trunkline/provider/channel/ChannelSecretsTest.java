package io.trunkline.provider.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.trunkline.provider.channel.internal.ChannelAccount.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Secret;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.channel.internal.ChannelAccount;
import io.trunkline.contract.WireMockVendor;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The SIP password and the token reach the wire and nowhere else: not logs at TRACE, not exceptions. */
class ChannelSecretsTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();
  private final TrunkProvider provider = wm.provider();
  private final ChannelClient client = provider.unwrap(ChannelClient.class);

  private static final String PASSWORD = "4r=h;EaCB85QNtr2";
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Logger http;
  private Level previous;

  @BeforeEach
  void captureTraceLogs() {
    http = (Logger) LoggerFactory.getLogger("io.trunkline.http");
    previous = http.getLevel();
    http.setLevel(Level.TRACE);
    logs.start();
    http.addAppender(logs);
  }

  @AfterEach
  void restoreLogs() {
    http.detachAppender(logs);
    http.setLevel(previous);
  }

  private String logged() {
    return logs.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
  }

  @Test
  void thePassword_isSentInClear_butNeverLogged_evenAtTrace() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme\",\"echo\":\"" + PASSWORD + "\",\"note\":\"saved\"}", 200)));

    var trunk = provider.update("acme", TrunkUpdate.builder().password(Secret.of(PASSWORD)).build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme"))
        .withRequestBody(equalToJson("{\"password\":\"4r=h;EaCB85QNtr2\"}")));
    assertThat(logs.list).as("trace logging is on").isNotEmpty();
    assertThat(logged()).doesNotContain(PASSWORD).doesNotContain(TOKEN);
    assertThat(trunk.attributes()).isEqualTo(Map.of("note", TextNode.valueOf("saved")));
    assertThat(trunk.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void thePassword_isNotInTheValidationErrorOrTheEditsToString() {
    ChannelEdit edit = ChannelEdit.builder().password(Secret.of(PASSWORD)).areaCode("x").build();

    assertThat(edit.toString()).doesNotContain(PASSWORD);
    assertThatThrownBy(() -> client.editChannel("acme", edit)).satisfies(e ->
        assertThat(e.getMessage()).doesNotContain(PASSWORD));
    assertThat(wm.requests()).isEmpty();
  }
}
