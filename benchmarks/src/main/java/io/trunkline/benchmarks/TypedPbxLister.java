package io.trunkline.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The limit for the PBX: a hand-written paging loop over OkHttp and Jackson's streaming parser, as a careful
 * engineer writes a one-vendor client. One shared {@link OkHttpClient}, one shared {@code JsonFactory}
 * ({@link RawHttp}); {@code GET /api/providers?skip=&top=100}, the body parsed from the stream into a page of typed
 * items ({@link PbxTrunk} for the full shape, {@link PbxSummaryTrunk} for the summary), until {@code count}.
 *
 * @param <T> the item record
 */
public final class TypedPbxLister<T> {
  private final OkHttpClient client;
  private final HttpUrl providers;
  private final String authorization;
  private final RawHttp.BodyReader<T> item;

  private TypedPbxLister(OkHttpClient client, String baseUrl, String token, RawHttp.BodyReader<T> item) {
    this.client = client;
    this.providers = HttpUrl.get(baseUrl).newBuilder().addPathSegments("api/providers").build();
    this.authorization = "Bearer " + token;
    this.item = item;
  }

  /** Items bound into {@link PbxTrunk}: every documented field. */
  public static TypedPbxLister<PbxTrunk> full(OkHttpClient client, String baseUrl, String token) {
    return new TypedPbxLister<>(client, baseUrl, token, PbxTrunk::read);
  }

  /** Items bound into {@link PbxSummaryTrunk}: the listing's eight fields. */
  public static TypedPbxLister<PbxSummaryTrunk> summary(OkHttpClient client, String baseUrl, String token) {
    return new TypedPbxLister<>(client, baseUrl, token, PbxSummaryTrunk::read);
  }

  private record Page<T>(long count, List<T> items) {}

  /** Hands every trunk to {@code sink}, one page at a time; returns how many there were. */
  public long list(Consumer<? super T> sink) {
    long skip = 0;
    while (true) {
      Page<T> page = page(skip);
      for (T trunk : page.items) {
        sink.accept(trunk);
      }
      skip += page.items.size();
      if (page.items.isEmpty() || skip >= page.count) {
        return skip;
      }
    }
  }

  /** The trunks of the first page. */
  public List<T> firstPage() {
    return page(0).items;
  }

  private Page<T> page(long skip) {
    HttpUrl url = providers.newBuilder()
        .addQueryParameter("skip", Long.toString(skip))
        .addQueryParameter("top", Integer.toString(PbxPages.PAGE_SIZE))
        .build();
    return RawHttp.get(client, url, authorization, this::readPage);
  }

  private Page<T> readPage(JsonParser p) throws IOException {
    RawHttp.expect(p, JsonToken.START_OBJECT);
    long count = -1;
    List<T> items = List.of();
    String field;
    while ((field = p.nextFieldName()) != null) {
      p.nextToken();
      switch (field) {
        case "count" -> count = p.getLongValue();
        case "items" -> items = RawHttp.array(p, item);
        default -> p.skipChildren();
      }
    }
    return new Page<>(count < 0 ? Long.MAX_VALUE : count, items);
  }
}
