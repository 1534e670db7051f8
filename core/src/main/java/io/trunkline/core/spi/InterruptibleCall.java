package io.trunkline.core.spi;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Runs an OkHttp call so that interrupting the calling thread cancels it. A thread blocked in a socket read
 * does not notice an interrupt, so the call runs on the client's dispatcher and the caller waits for its
 * response interruptibly; on interrupt the call is cancelled (its socket closed), the response is dropped if it
 * arrives anyway, and the caller gets an {@link InterruptedIOException} with its interrupt flag kept. The
 * call's own timeout still bounds the wait.
 */
final class InterruptibleCall {
  private InterruptibleCall() {}

  /** The call's response, as {@link Call#execute()} would give it. */
  static Response execute(Call call) throws IOException {
    CompletableFuture<Response> result = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call c, Response response) {
        if (!result.complete(response)) {
          response.close();
        }
      }
    });
    try {
      return result.get();
    } catch (InterruptedException e) {
      call.cancel();
      if (!result.cancel(false)) {
        closeQuietly(result);
      }
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the response");
      interrupted.initCause(e);
      throw interrupted;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    }
  }

  private static void closeQuietly(CompletableFuture<Response> result) {
    try {
      result.getNow(null).close();
    } catch (CancellationException | java.util.concurrent.CompletionException | NullPointerException e) {
      // nothing to close
    }
  }
}
