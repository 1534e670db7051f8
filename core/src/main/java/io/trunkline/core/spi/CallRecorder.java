package io.trunkline.core.spi;

import io.trunkline.core.CallEvent;
import io.trunkline.core.CallListener;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Tells one provider instance's {@link CallListener} about its calls. A call is a neutral operation the kit runs
 * ({@link #operation}); a listing's build and each of its pages are calls of the listing's name, begun by the first
 * vendor request made for them ({@link #listing}, {@link #pageCalls}); a vendor request made outside both (through
 * the vendor client) is a call of its own, named by its method and route template ({@link #request}). Requests in a
 * call report their attempts and retries to it. A listener that throws is logged at warn and ignored.
 */
final class CallRecorder {
  private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

  private final String provider;
  private final CallListener listener;

  CallRecorder(String provider, CallListener listener) {
    this.provider = provider;
    this.listener = listener;
  }

  /** Runs a neutral operation as one call, unless it runs inside another (an update reading the trunk first). */
  <T> T operation(String name, boolean write, Supplier<T> body) {
    Call current = CURRENT.get();
    if (silent() || (current != null && current.recorder == this && current.begun)) {
      return body.get();
    }
    return run(new Call(this, name, write), current, body);
  }

  void operation(String name, boolean write, Runnable body) {
    operation(name, write, () -> {
      body.run();
      return null;
    });
  }

  /**
   * Builds a listing: no call unless a vendor request is made while building it (then that request is a call of
   * this name), or building it fails before any (then a failed call of this name is reported). Its pages are
   * calls of this name too ({@link #pageCalls}).
   */
  <T> T listing(String name, Supplier<T> body) {
    Call current = CURRENT.get();
    if (silent() || (current != null && current.recorder == this)) {
      return body.get();
    }
    Call named = Call.named(this, name);
    CURRENT.set(named);
    try {
      return body.get();
    } catch (RuntimeException | Error e) {
      if (!named.used) {
        Call failed = new Call(this, name, false);
        tell("callStart", l -> l.callStart(failed.event().build()));
        tell("callEnd", l -> l.callEnd(failed.end(e)));
      }
      throw e;
    } finally {
      restore(current);
    }
  }

  /**
   * For a lazy listing built now: each page it fetches later, on whatever thread, is a call of the listing's name
   * (begun by the page's vendor request). Outside {@link #listing}, a page belongs to whatever call is running.
   */
  static <T> Function<Supplier<T>, T> pageCalls() {
    Call current = CURRENT.get();
    if (current == null || current.begun) {
      return new PageCall<>(null, null);
    }
    return new PageCall<>(current.recorder, current.operation);
  }

  /**
   * Fetches a lazy listing's page as a call of the listing's name, or, without a recorder, as part of whatever call
   * runs ({@link #pageCalls}). A class, not lambdas: a listing's first page spins none.
   */
  private static final class PageCall<T> implements Function<Supplier<T>, T> {
    private final CallRecorder recorder;
    private final String name;

    PageCall(CallRecorder recorder, String name) {
      this.recorder = recorder;
      this.name = name;
    }

    @Override
    public T apply(Supplier<T> fetch) {
      return recorder == null ? fetch.get() : recorder.listing(name, fetch);
    }
  }

  /** A vendor request: part of the running call, else a call of its own. */
  <T> T request(ApiRequest request, Supplier<T> body) {
    if (silent()) {
      return body.get();
    }
    Call current = CURRENT.get();
    if (current != null && current.recorder == this) {
      if (current.begun) {
        return body.get();
      }
      current.used = true;
      return run(new Call(this, current.operation, false), current, body);
    }
    boolean read = "GET".equals(request.method()) || "HEAD".equals(request.method());
    return run(new Call(this, request.route(), !read), current, body);
  }

  /**
   * One HTTP request of the running call has its answer ({@code status} > 0) or failed without one, after
   * {@code tookNanos}.
   */
  void attempt(ApiRequest request, int number, int status, long tookNanos, String failure) {
    Call call = silent() ? null : running();
    if (call == null) {
      return;
    }
    call.attempts++;
    call.lastStatus = status;
    CallEvent.Builder event = call.event().request(request.route()).attempt(number)
        .duration(Duration.ofNanos(tookNanos));
    if (status > 0) {
      event.status(status);
    }
    if (failure != null) {
      event.failure(failure);
    }
    CallEvent built = event.build();
    tell("attemptEnd", l -> l.attemptEnd(built));
  }

  /** Attempt {@code number} of {@code request} failed for {@code reason} and is sent again after {@code wait}. */
  void retry(ApiRequest request, int number, String reason, Duration wait, Duration retryAfter) {
    Call call = running();
    if (call == null) {
      return;
    }
    CallEvent.Builder event = call.event().request(request.route()).attempt(number).duration(wait).failure(reason);
    if (call.lastStatus > 0) {
      event.status(call.lastStatus);
    }
    if (retryAfter != null) {
      event.retryAfter(retryAfter);
    }
    CallEvent built = event.build();
    tell("retry", l -> l.retry(built));
  }

  /** Why an attempt failed, in the few fixed words of {@link CallEvent#failure()}. */
  static String reason(Throwable failure) {
    if (failure instanceof TrunkApiException) {
      return "status " + ((TrunkApiException) failure).failure().status();
    }
    if (failure instanceof TrunkTransportException && ((TrunkTransportException) failure).timedOut()) {
      return "timeout";
    }
    if (failure instanceof TrunkTransportException) {
      Throwable cause = failure.getCause();
      if (cause instanceof ConnectException) {
        return "connection refused";
      }
      if (cause instanceof UnknownHostException) {
        return "unknown host";
      }
      if (cause instanceof SocketException && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT)
          .contains("reset")) {
        return "connection reset";
      }
      return "transport failure";
    }
    if (failure instanceof TrunkResponseException) {
      return "unreadable response";
    }
    return failure.getClass().getSimpleName();
  }

  /** How a call ended: a write's failure is refused unless it says it was applied or its outcome is unknown. */
  static CallEvent.Outcome outcome(boolean write, Throwable failure) {
    if (!write) {
      return failure == null ? CallEvent.Outcome.SUCCEEDED : CallEvent.Outcome.FAILED;
    }
    if (failure == null || failure instanceof TrunkWriteAppliedException) {
      return CallEvent.Outcome.APPLIED;
    }
    boolean unknown = failure instanceof TrunkTransportException && ((TrunkTransportException) failure).outcomeUnknown()
        || failure instanceof TrunkApiException && ((TrunkApiException) failure).outcomeUnknown();
    return unknown ? CallEvent.Outcome.OUTCOME_UNKNOWN : CallEvent.Outcome.REFUSED;
  }

  private boolean silent() {
    return listener == CallListener.NONE;
  }

  private Call running() {
    Call current = CURRENT.get();
    return current != null && current.recorder == this && current.begun ? current : null;
  }

  private <T> T run(Call call, Call outer, Supplier<T> body) {
    CURRENT.set(call);
    CallEvent start = call.event().build();
    tell("callStart", l -> l.callStart(start));
    Throwable failure = null;
    try {
      return body.get();
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      restore(outer);
      CallEvent end = call.end(failure);
      tell("callEnd", l -> l.callEnd(end));
    }
  }

  private static void restore(Call outer) {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }

  private void tell(String method, Consumer<CallListener> event) {
    try {
      event.accept(listener);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      WireLog.LOG.warn("[{}] the call listener {} threw {} in {}; the call goes on", provider,
          listener.getClass().getName(), e.getClass().getName(), method, e);
    }
  }

  /** A call in progress on one thread, or (not begun) the name a listing's calls will have. */
  private static final class Call {
    final CallRecorder recorder;
    final String operation;
    final boolean write;
    final boolean begun;
    final long started = System.nanoTime();
    boolean used;
    int attempts;
    /** The status of the last attempt's answer; 0 when it had none. */
    int lastStatus;

    Call(CallRecorder recorder, String operation, boolean write) {
      this(recorder, operation, write, true);
    }

    private Call(CallRecorder recorder, String operation, boolean write, boolean begun) {
      this.recorder = recorder;
      this.operation = operation;
      this.write = write;
      this.begun = begun;
    }

    static Call named(CallRecorder recorder, String operation) {
      return new Call(recorder, operation, false, false);
    }

    CallEvent.Builder event() {
      return CallEvent.builder().provider(recorder.provider).operation(operation);
    }

    CallEvent end(Throwable failure) {
      CallEvent.Builder end = event().attempt(attempts).duration(Duration.ofNanos(System.nanoTime() - started))
          .outcome(outcome(write, failure));
      if (lastStatus > 0) {
        end.status(lastStatus);
      }
      if (failure != null) {
        end.failure(failure.getClass().getSimpleName());
      }
      return end.build();
    }
  }
}
