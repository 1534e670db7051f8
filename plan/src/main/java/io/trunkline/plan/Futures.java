package io.trunkline.plan;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for the planner's work on other threads, and throws a failure as the work threw it. */
final class Futures {
  private Futures() {}

  /**
   * The result of {@code future}; its failure rethrown as it was thrown (a checked one wrapped); an interrupt while
   * waiting kept and thrown as a {@link CancellationException} saying that planning was interrupted {@code during}.
   */
  static <T> T join(Future<T> future, String during) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("planning was interrupted " + during + "; no plan was made");
    }
  }
}
