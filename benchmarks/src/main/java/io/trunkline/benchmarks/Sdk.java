package io.trunkline.benchmarks;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.SipTrunk;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/** The SDK side, as a user writes it: {@code Trunkline.discover().open("pbx", config)} and the neutral {@code list()}. */
public final class Sdk {
  private Sdk() {}

  /** The PBX provider for the loopback server at {@code baseUrl}, with its own HTTP client. */
  public static TrunkProvider open(String baseUrl) {
    return Trunkline.discover().open("pbx", config(baseUrl, null));
  }

  /** The PBX provider for {@code baseUrl}, on the caller's shared {@code client} (several accounts, one pool). */
  public static TrunkProvider open(String baseUrl, OkHttpClient client) {
    return Trunkline.discover().open("pbx", config(baseUrl, client));
  }

  static ProviderConfig config(String baseUrl, OkHttpClient client) {
    ProviderConfig.Builder b = ProviderConfig.builder()
        .baseUrl(baseUrl)
        .credentials(Credentials.bearer(LoopbackServer.TOKEN));
    if (client != null) {
      b.httpClient(client);
    }
    return b.build();
  }

  /** Hands every trunk of {@code provider} to {@code sink}; returns how many there were. */
  public static long list(TrunkProvider provider, Consumer<? super SipTrunk> sink) {
    long n = 0;
    for (SipTrunk trunk : provider.list()) {
      sink.accept(trunk);
      n++;
    }
    return n;
  }
}
