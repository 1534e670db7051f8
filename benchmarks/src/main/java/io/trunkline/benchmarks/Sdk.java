package io.trunkline.benchmarks;

import io.trunkline.core.Credentials;
import io.trunkline.core.Secret;
import io.trunkline.core.model.CallerId;
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

  /** The provider for {@code vendor}'s loopback server at {@code baseUrl}, with its own HTTP client. */
  public static TrunkProvider open(VendorPages.Vendor vendor, String baseUrl) {
    ProviderConfig.Builder b = ProviderConfig.builder().baseUrl(baseUrl);
    switch (vendor) {
      // pacing off: it holds calls to Famulor's 100 per minute, which a benchmark's thousands of rounds would measure
      case FAMULOR -> b.credentials(Credentials.bearer(VendorPages.FAMULOR_KEY)).putSettings("pacing", "off");
      case PROPERTIES_V2 -> b.credentials(Credentials.userPassword(VendorPages.PROPERTIES_ACCOUNT,
          Secret.of(VendorPages.PROPERTIES_TOKEN))).putSettings("property-sid", VendorPages.PROPERTY_SID);
      case FLEX -> b.credentials(Credentials.bearer(VendorPages.FLEX_KEY));
      case CHANNEL -> b.credentials(Credentials.bearer(VendorPages.CHANNEL_TOKEN))
          .putSettings("account-id", VendorPages.CHANNEL_ACCOUNT);
      default -> throw new IllegalArgumentException(vendor.name());
    }
    return Trunkline.discover().open(vendor.id(), b.build());
  }

  /**
   * Hands every listed item of {@code vendor} to {@code sink} through the neutral API: {@code list()} for trunks;
   * for channel, whose neutral API has no trunk listing, its caller-ID listing {@code callerIds()}.
   */
  public static long listVendor(VendorPages.Vendor vendor, TrunkProvider provider, Consumer<Object> sink) {
    if (vendor == VendorPages.Vendor.CHANNEL) {
      long n = 0;
      for (CallerId id : provider.callerIds()) {
        sink.accept(id);
        n++;
      }
      return n;
    }
    return list(provider, sink);
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
