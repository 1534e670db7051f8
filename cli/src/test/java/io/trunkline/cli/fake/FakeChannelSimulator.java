package io.trunkline.cli.fake;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import java.util.Optional;

/** The fake vendor API for {@link FakeChannelProviderFactory}: an API key in {@code X-Channel-Key}. */
public class FakeChannelSimulator extends FakeSimulator {
  public static final String KEY = "chan-key-51be2d";

  @Override
  public String providerId() {
    return FakeChannelProviderFactory.ID;
  }

  @Override
  public ProviderConfig config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.apiKey(Secret.of(KEY)))
        .putSettings("account-id", "acc-1")
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Override
  protected Optional<SimResponse> authorize(SimRequest request) {
    if (request.header("X-Channel-Key").filter(KEY::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(SimResponse.json(401, "{\"code\":\"unauthorized\",\"message\":\"invalid key\"}"));
  }

  @Override
  public synchronized void seedDemoData() {
    add(json("{\"name\":\"channel-main\",\"callerId\":\"+31201234567\",\"allowedIps\":[\"192.0.2.10\"]}"));
  }
}
