package io.trunkline.provider.famulor.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.trunkline.provider.famulor.internal.FamulorAccount.KEY;
import static io.trunkline.provider.famulor.internal.FamulorAccount.TRUNKS;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Secret;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.contract.WireMockVendor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** {@code sip_password} is write-only: it never shows in the wire log, even at trace. */
@Timeout(20)
class FamulorRedactionTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FamulorAccount.wireMock();
  private final Logger wire = (Logger) LoggerFactory.getLogger("io.trunkline.http");
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Level level;

  @BeforeEach
  void capture() {
    level = wire.getLevel();
    wire.setLevel(Level.TRACE);
    events.start();
    wire.addAppender(events);
  }

  @AfterEach
  void release() {
    wire.detachAppender(events);
    wire.setLevel(level);
  }

  @Test
  void createAndUpdate_atTrace_logNeitherThePasswordNorTheKey() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("create-201-extension.json"))));
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("get.json"))));
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("update-200-credentials.json"))));

    fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension().sipPassword(Secret.of("Zx9-create-pw")).build());
    fx.provider().update("42", TrunkUpdate.builder().password(Secret.of("Zx9-update-pw")).build());

    assertThat(events.list).isNotEmpty();
    assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage).allSatisfy(line -> assertThat(line)
        .doesNotContain("Zx9-create-pw").doesNotContain("Zx9-update-pw").doesNotContain(KEY));
    assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(line -> assertThat(line).contains("sip_password"));
  }
}
