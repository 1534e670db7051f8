package io.trunkline.provider.flex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.provider.flex.internal.FlexProviderFactory;
import io.trunkline.contract.WireMockVendor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries, odd answers and configuration, as the flex provider sees them. */
@Timeout(20)
class FlexTransportTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FlexAccount.wireMock();

  @Test
  void get_503ThenOk_isRetriedWithBackoff() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).inScenario("s").whenScenarioStateIs("up")
        .willReturn(okJson(fx.payload("trunk.json"))));

    assertThat(fx.provider().unwrap(FlexClient.class).get(293).id()).isEqualTo(293);
    fx.server().verify(2, getRequestedFor(urlEqualTo("/v1/trunks/293")));
    assertThat(fx.sleeps()).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void create_503_isNeverRetried() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).create(FlexClientTest.documentedCreateRequest()))
        .isInstanceOf(TrunkServerException.class)
        .hasMessageContaining("not retried");
    fx.server().verify(1, postRequestedFor(urlEqualTo("/v1/trunks")));
  }

  @Test
  void update_502ThenOk_isRetriedWithTheSameWholeBody() {
    fx.server().stubFor(put(urlEqualTo("/v1/trunks/293")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    fx.server().stubFor(put(urlEqualTo("/v1/trunks/293")).inScenario("s").whenScenarioStateIs("up")
        .willReturn(okJson(fx.payload("trunk.json"))));

    fx.provider().unwrap(FlexClient.class).update(293, FlexClientTest.documentedCreateRequest());

    List<LoggedRequest> puts = fx.server().findAll(putRequestedFor(urlEqualTo("/v1/trunks/293")));
    assertThat(puts).hasSize(2);
    assertThat(puts.get(1).getBody()).isEqualTo(puts.get(0).getBody());
  }

  @Test
  void anHtmlPageOrAnEmptyOrBrokenBody_isAResponseError_neverAnEmptyTrunk() {
    FlexClient client = fx.provider().unwrap(FlexClient.class);
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/1")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>captive portal</html>")));
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/2")).willReturn(okJson("null")));
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/3")).willReturn(okJson("{\"id\": 3, \"label\": \"x\"}")));
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/4")).willReturn(okJson("{\"id\": 4}{\"id\": 5}")));

    for (long id = 1; id <= 4; id++) {
      long trunk = id;
      assertThatThrownBy(() -> client.get(trunk)).as("trunk %d", id).isInstanceOf(TrunkResponseException.class);
    }
  }

  @Test
  void aTotalThatIsNeverReached_stopsOnTheEmptyPage() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks?page=1&per_page=25"))
        .willReturn(okJson(fx.payload("trunk-list.json").replace("\"total\": 2", "\"total\": 500"))));
    fx.server().stubFor(get(urlEqualTo("/v1/trunks?page=2&per_page=25"))
        .willReturn(okJson(fx.payload("trunk-list-empty.json"))));

    assertThat(fx.provider().unwrap(FlexClient.class).list().toList()).hasSize(2);
    fx.server().verify(2, getRequestedFor(urlPathEqualTo("/v1/trunks")));
  }

  @Test
  void apiKeyCredentials_areSentAsBearer() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("trunk.json"))));
    fx.server().stubFor(get(urlEqualTo("/v1/trunks?page=1&per_page=25")).willReturn(okJson(FlexProviderTest.LIST)));
    TrunkProvider provider = fx.open(fx.config().credentials(Credentials.apiKey(Secret.of(FlexAccount.KEY))).build());

    provider.get("293");

    fx.server().verify(getRequestedFor(urlEqualTo("/v1/trunks/293"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY)));
  }

  @Test
  void configuration_isCheckedWhenOpening() {
    FlexProviderFactory factory = new FlexProviderFactory();
    ProviderConfig base = fx.config().build();

    assertThatThrownBy(() -> factory.create(ProviderConfig.builder().from(base)
        .credentials(Credentials.apiKey("X-Api-Key", Secret.of(FlexAccount.KEY))).build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("Bearer")
        .hasMessageNotContaining(FlexAccount.KEY);
    assertThatThrownBy(() -> factory.create(ProviderConfig.builder().from(base)
        .credentials(Credentials.userPassword("me", Secret.of("pw"))).build()))
        .isInstanceOf(TrunkConfigurationException.class);
    assertThatThrownBy(() -> factory.create(ProviderConfig.builder().from(base)
        .baseUrl("http://api.wavix.com").build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("HTTPS");
  }

  @Test
  void isDiscovered_withWavixDefaults() {
    assertThat(Trunkline.discover().metadata("flex")).hasValueSatisfying(m -> {
      assertThat(m.defaultBaseUrl()).contains("https://api.wavix.com");
      assertThat(m.displayName()).contains("Wavix");
    });
    try (TrunkProvider provider = Trunkline.discover().open("flex", fx.config().build())) {
      assertThat(provider.unwrap(FlexClient.class)).isSameAs(provider.vendorClient());
      assertThat(provider.toString()).doesNotContain(FlexAccount.KEY);
    }
  }
}
