package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The baseline: a hand-written paging loop over OkHttp and Jackson, as a careful developer would write it with no
 * SDK: one shared {@link OkHttpClient}, one {@link ObjectReader} for {@link RawPage} made once, the body decoded
 * straight from the stream, pages of 100 until {@code count} is reached.
 */
public final class RawLister {
  private static final ObjectReader PAGE = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .readerFor(RawPage.class);

  private final ObjectReader reader;
  private final OkHttpClient client;
  private final HttpUrl providers;
  private final String authorization;

  public RawLister(OkHttpClient client, String baseUrl, String token) {
    this(client, baseUrl, token, false);
  }

  /**
   * With {@code strictDuplicates}, the reader refuses duplicate keys as the SDK's hardened mapper does
   * ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}): for {@link Breakdown}, to show what that check costs.
   */
  public RawLister(OkHttpClient client, String baseUrl, String token, boolean strictDuplicates) {
    this.reader = strictDuplicates ? PAGE.with(StreamReadFeature.STRICT_DUPLICATE_DETECTION) : PAGE;
    this.client = client;
    this.providers = HttpUrl.get(baseUrl).newBuilder().addPathSegments("api/providers").build();
    this.authorization = "Bearer " + token;
  }

  /** Hands every trunk to {@code sink}, one page at a time; returns how many there were. */
  public long list(Consumer<? super RawTrunk> sink) {
    long skip = 0;
    while (true) {
      RawPage page = page(skip);
      for (RawTrunk trunk : page.items) {
        sink.accept(trunk);
      }
      skip += page.items.size();
      if (page.items.isEmpty() || skip >= page.count) {
        return skip;
      }
    }
  }

  /** Hands the trunks of the first page to {@code sink}. */
  public void firstPage(Consumer<? super RawTrunk> sink) {
    page(0).items.forEach(sink);
  }

  private RawPage page(long skip) {
    Request request = new Request.Builder()
        .url(providers.newBuilder()
            .addQueryParameter("skip", Long.toString(skip))
            .addQueryParameter("top", Integer.toString(PbxPages.PAGE_SIZE))
            .build())
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .build();
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IllegalStateException("GET " + request.url() + " answered " + response.code());
      }
      return reader.readValue(body.byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
