package io.trunkline.core;

/**
 * Told of every call a provider makes, for metrics and tracing: set one with
 * {@link ProviderConfig#listener()}. A call is one neutral operation ({@code list} — each page
 * is a call —, {@code get}, {@code create}, {@code update}, {@code delete}, {@code connectNumber}, …) or, made
 * through a provider's vendor client, one vendor request (named by its method and route template, such as
 * {@code GET /v1/trunks/{id}}). Each {@link #callStart} is followed by exactly one {@link #callEnd} on the same
 * thread; in between, {@link #attemptEnd} for each HTTP request sent and {@link #retry} before each one sent again.
 *
 * <p>Events carry the provider id, the operation, statuses, durations and reasons, never a credential, a header, a
 * body or an id from a path. Override the methods you need; the others do nothing, and methods added later will do
 * nothing by default. Methods run on the calling thread while the call waits: keep them fast and never call the
 * provider back. A listener that throws is logged at warn and does not change the call.
 */
public abstract class CallListener {
  /** A listener that does nothing, the default. */
  public static final CallListener NONE = new CallListener() {};

  /** For subclasses. */
  protected CallListener() {}

  /**
   * A call begins.
   *
   * @param event its provider and operation
   */
  public void callStart(CallEvent event) {}

  /**
   * One HTTP request of the call has its answer, or failed without one.
   *
   * @param event the request's route, attempt number, status (none for a transport failure), what went wrong if
   *     it failed, and how long it took
   */
  public void attemptEnd(CallEvent event) {}

  /**
   * A failed request is about to be sent again.
   *
   * @param event the attempt that failed, the reason it is sent again, the wait before it ({@link
   *     CallEvent#duration()}) and the wait the vendor asked for, if it did
   */
  public void retry(CallEvent event) {}

  /**
   * The call ended, returning or throwing.
   *
   * @param event its outcome, duration, number of requests sent, and the last status seen
   */
  public void callEnd(CallEvent event) {}
}
