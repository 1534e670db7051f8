package io.trunkline.core.spi;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request again on its own when a server answers {@code 503} with
 * {@code Retry-After: 0}: OkHttp's follow-up logic replays such a request once (a body-less GET, say), whatever
 * {@code retryOnConnectionFailure} says, and the engine would count one attempt where the server saw two. The
 * {@link #HIDE} network interceptor moves the header out of OkHttp's sight before its follow-up logic reads it;
 * the {@link #RESTORE} application interceptor puts it back, so the engine sees the answer as sent.
 */
final class NoSilentRetry {
  private static final String HIDDEN = "Trunkline-Hidden-Retry-After";
  static final Interceptor HIDE = new Move("Retry-After", HIDDEN);
  static final Interceptor RESTORE = new Move(HIDDEN, "Retry-After");

  private NoSilentRetry() {}

  /** Moves a 503's header {@code from} to {@code to}. */
  private static final class Move implements Interceptor {
    private final String from;
    private final String to;

    Move(String from, String to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
      Response response = chain.proceed(chain.request());
      if (response.code() != 503 || response.header(from) == null) {
        return response;
      }
      Response.Builder moved = response.newBuilder().removeHeader(from);
      for (String value : response.headers(from)) {
        moved.addHeader(to, value);
      }
      return moved.build();
    }
  }
}
