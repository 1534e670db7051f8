package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A closed provider sends nothing: every call on its engine fails at once and clearly. */
@Timeout(30)
class ClosedProviderTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void everyCallAfterClose_throwsProviderIsClosed_andSendsNothing() {
    fx.server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    ProviderContext context = fx.context(fx.config().build());
    HttpEngine engine = context.http();
    engine.execute(ApiRequest.get("/x").build(), JsonNode.class);

    context.close();
    context.close();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(IllegalStateException.class).hasMessage("[test] provider is closed");
    assertThatThrownBy(() -> engine.execute(ApiRequest.post("/x").body(java.util.Map.of("a", 1)).build()))
        .isInstanceOf(IllegalStateException.class).hasMessage("[test] provider is closed");
    assertThatThrownBy(() -> engine.download(ApiRequest.get("/x").build(), new ByteArrayOutputStream()))
        .isInstanceOf(IllegalStateException.class).hasMessage("[test] provider is closed");
    fx.server.verify(1, anyRequestedFor(anyUrl()));
  }

  @Test
  void aProviderOnTheCallersSharedClient_isClosedToo_thoughTheClientIsNot() {
    fx.server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    OkHttpClient shared = new OkHttpClient();
    ProviderContext context = fx.context(fx.config().httpClient(shared).build());
    ProviderContext other = fx.context(fx.config().httpClient(shared).build());

    context.close();

    assertThatThrownBy(() -> context.http().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("provider is closed");
    other.http().execute(ApiRequest.get("/x").build(), JsonNode.class);
    fx.server.verify(1, anyRequestedFor(anyUrl()));
  }
}
