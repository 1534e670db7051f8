package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.error.ApiFailure;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunklineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Sends {@link ApiRequest}s for one provider instance: builds the URL from the base and encoded segments, adds
 * credentials and the {@code User-Agent}, sends JSON bodies one-shot, reads bounded responses, maps error bodies
 * to typed exceptions, and retries by the {@link RetryPolicy}: idempotent calls only (or a call that never left
 * this machine), with backoff, {@code Retry-After} as a floor, and a total deadline. OkHttp's own retries and
 * redirects are off, so every attempt the server sees is one this class counted. Thread-safe.
 */
public final class HttpEngine implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId");

  private final String provider;
  private final HttpUrl baseUrl;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final ProviderConfig config;
  private final ErrorDecoder errorDecoder;
  private final RequestAuthorizer authorizer;
  private final String userAgent;
  private final Masker masker;
  /** The headers every request starts with, checked once: {@code User-Agent} and {@code Accept}. */
  private final Headers baseHeaders;
  /** The JSON budget of every response, from the config. */
  private final JsonBudget jsonBudget;
  /** An attempt's timeout in nanoseconds, clamped once: the config never changes. */
  private final long attemptTimeoutNanos;
  /**
   * The credential header values the authorizer added last and the masker that knows them: the same values call
   * after call (a Basic value; a token until it is renewed), so their masked forms are worked out once.
   */
  private volatile LearnedCredentials learned;
  /**
   * The URL of the last path sent without a secret of its own, without its query, and that path masked: the pages
   * of a listing differ in their query only, so the path is encoded and checked once for them, not per page.
   */
  private volatile PathUrl lastPath;
  private final Backoff backoff;
  private final RetryTiming timing;
  private final RetryBudget budget;
  private final CallRecorder calls;
  /**
   * The deadline of the call this engine is running on this thread, if any: a call made during it (a sign-in the
   * authorizer makes for it, say) ends by that deadline too, so getting credentials counts against the call.
   */
  private final ThreadLocal<RunningDeadline> runningDeadline = new ThreadLocal<>() {
    @Override
    protected RunningDeadline initialValue() {
      return new RunningDeadline();
    }
  };
  private final AtomicBoolean closed = new AtomicBoolean();

  HttpEngine(String provider, HttpUrl baseUrl, ProviderConfig config, ErrorDecoder errorDecoder,
      Function<HttpEngine, RequestAuthorizer> authorizerFactory, String userAgent, List<String> secrets) {
    this.provider = provider;
    this.baseUrl = baseUrl;
    this.config = config;
    this.errorDecoder = errorDecoder;
    this.userAgent = userAgent;
    this.masker = new Masker(secrets);
    this.baseHeaders = new Headers.Builder().set("User-Agent", userAgent).set("Accept", "application/json").build();
    this.jsonBudget = JsonBudget.of(config);
    this.attemptTimeoutNanos = Durations.nanos(config.attemptTimeout());
    this.timing = RetryTiming.current();
    this.backoff = new Backoff(config.retryPolicy(), timing.jitter());
    this.budget = new RetryBudget(config.retryPolicy().retryBudget());
    this.calls = new CallRecorder(provider, config.listener());
    this.ownsClient = config.httpClient().isEmpty();
    OkHttpClient callers = config.httpClient().orElse(null);
    OkHttpClient.Builder builder = callers != null ? callers.newBuilder() : new OkHttpClient.Builder();
    builder
        .addInterceptor(NoSilentRetry.RESTORE)
        .addNetworkInterceptor(NoSilentRetry.HIDE)
        .addNetworkInterceptor(new OverlongBodyGuard())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(Durations.forOkHttp(config.connectTimeout()))
        .readTimeout(Durations.forOkHttp(config.readTimeout()))
        .writeTimeout(Durations.forOkHttp(config.writeTimeout()))
        .callTimeout(Duration.ZERO);
    if (BaseUrl.loopbackOnly(baseUrl, config.allowInsecureHttp())) {
      builder.dns(new LoopbackOnlyDns(callers != null ? callers.dns() : Dns.SYSTEM));
    }
    this.client = builder.build();
    if (callers != null) {
      OverriddenSettings.log(provider, callers, client);
    }
    this.authorizer = authorizerFactory.apply(this);
  }

  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** Tells the configured listener about this provider's calls. */
  CallRecorder calls() {
    return calls;
  }

  /** Sends {@code request} and reads the successful answer with {@code reader}. */
  public <T> T execute(ApiRequest request, ResponseReader<T> reader) {
    requireOpen();
    return calls.request(request, new Send<>(request, reader));
  }

  /** Sends {@code request} and reads the successful answer as JSON of {@code type}. */
  public <T> T execute(ApiRequest request, Class<T> type) {
    return execute(request, ResponseReader.json(type));
  }

  /** Sends {@code request} and ignores the body of the successful answer. */
  public void execute(ApiRequest request) {
    execute(request, ResponseReader.discard());
  }

  /**
   * Sends {@code request} and copies the successful answer's body to {@code out}, streamed, without a size limit.
   * A failure before the first byte is retried like any idempotent call; a failure after bytes reached
   * {@code out} is final, so the output is never duplicated, and so is a failure of {@code out} itself. Once the
   * answer's headers have arrived, a body that keeps coming is not cut by the attempt timeout or the call's total
   * timeout: only {@code readTimeout} between bytes applies.
   */
  public long download(ApiRequest request, OutputStream out) {
    requireOpen();
    return calls.request(request, () -> new Exchange<Long>(request, response -> {
      long written = 0;
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = response.unlimitedBody()) {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          try {
            out.write(buffer, 0, n);
          } catch (IOException e) {
            throw new TrunkTransportException("[" + provider + "] " + response.method() + " " + response.path()
                + ": writing to the caller's output failed after " + written + " bytes (" + e.getClass().getSimpleName()
                + "); the output is incomplete and was not retried", response.method(), response.path(), 1, false, e);
          }
          written += n;
        }
      } catch (IOException e) {
        if (written == 0) {
          throw e;
        }
        throw new TrunkTransportException("[" + provider + "] " + response.method() + " " + response.path()
            + " failed after " + written + " bytes were written; the output is incomplete and was not retried",
            response.method(), response.path(), 1, false, e);
      }
      return written;
    }, true).run());
  }

  /**
   * Closes this engine: every later call, and every further attempt of a call in progress, fails with
   * {@link IllegalStateException} ("provider is closed") and sends nothing. Idempotent.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("[" + provider + "] provider is closed");
    }
  }

  /** Sends a request and reads its answer, when its call runs it ({@link #execute}); a class, not a lambda. */
  private final class Send<T> implements java.util.function.Supplier<T> {
    private final ApiRequest request;
    private final ResponseReader<T> reader;

    Send(ApiRequest request, ResponseReader<T> reader) {
      this.request = request;
      this.reader = reader;
    }

    @Override
    public T get() {
      return new Exchange<>(request, reader, false).run();
    }
  }

  /** One logical call and its attempts. */
  private final class Exchange<T> {
    private final ApiRequest request;
    private final ResponseReader<T> reader;
    /** A streamed download: once the headers arrived, only the read timeout between bytes applies. */
    private final boolean streamed;
    private final HttpUrl url;
    private final String path;
    private Masker callMasker;
    private ResponseBodies bodies;
    private final byte[] bodyBytes;
    private final long deadline;
    /** This thread's running deadline, looked up once per call. */
    private final RunningDeadline running;
    /** The failures of earlier attempts, made at the first retry. */
    private List<TrunklineException> failures;
    private boolean refreshedCredentials;
    private boolean replacedStaleConnection;
    /** An earlier attempt reached the vendor and may have been carried out. */
    private boolean mayHaveBeenApplied;
    /** Requests sent so far, renewals of the credentials included; and the status of the last one's answer. */
    private int requests;
    private int answered;

    Exchange(ApiRequest request, ResponseReader<T> reader, boolean streamed) {
      this.request = request;
      this.reader = reader;
      this.streamed = streamed;
      this.callMasker = masker.plus(request.sensitiveValues());
      PathUrl at = pathUrl(request.segments(), callMasker);
      this.url = withQuery(at.url(), request.query());
      this.path = at.maskedPath();
      this.bodies = new ResponseBodies(request.method(), path, config.maxResponseBytes(), jsonBudget, callMasker);
      this.bodyBytes = serialize(request.body());
      long own = Durations.deadline(System.nanoTime(), config.callTimeout());
      this.running = runningDeadline.get();
      this.deadline = running.running && running.nanos - own < 0 ? running.nanos : own;
    }

    /** Runs the call on the thread that made this exchange. */
    T run() {
      boolean enclosed = running.running;
      long enclosing = running.nanos;
      running.running = true;
      running.nanos = deadline;
      try {
        return attempts();
      } finally {
        running.running = enclosed;
        running.nanos = enclosing;
      }
    }

    private T attempts() {
      RetryPolicy policy = config.retryPolicy();
      int attempt = 0;
      while (true) {
        attempt++;
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw withHistory(timeout("the call's total timeout of " + Durations.millis(config.callTimeout())
              + " ms passed", attempt - 1, null));
        }
        Outcome<T> outcome = attempt(attempt, remaining);
        if (outcome.value != null || outcome.failure == null) {
          budget.onSuccess();
          return outcome.value;
        }
        TrunklineException failure = outcome.failure;
        if (failure instanceof TrunkNotFoundException && request.removes() && mayHaveBeenApplied) {
          WireLog.LOG.debug("[{}] {} {}: not found on attempt {} after an attempt that may have removed it: done",
              provider, request.method(), path, attempt);
          budget.onSuccess();
          return null;
        }
        mayHaveBeenApplied |= outcome.mayHaveBeenApplied;
        if (outcome.retryCredentials && !refreshedCredentials) {
          calls.retry(request, requests, "credentials renewed", Duration.ZERO, null);
          refreshedCredentials = true;
          attempt--;
          continue;
        }
        if (outcome.staleConnection && !replacedStaleConnection) {
          // nothing was sent: the kept-alive connection was closed for bytes an earlier answer left on it
          calls.retry(request, requests, "stale connection", Duration.ZERO, null);
          replacedStaleConnection = true;
          attempt--;
          continue;
        }
        String whyNot = whyNotRetry(outcome, attempt, policy);
        if (whyNot != null) {
          throw withHistory(annotate(failure, whyNot, attempt));
        }
        Duration delay = backoff.delay(attempt);
        if (outcome.retryAfter != null && outcome.retryAfter.compareTo(delay) > 0) {
          delay = outcome.retryAfter;
        }
        if (Durations.nanos(delay) >= deadline - System.nanoTime()) {
          throw withHistory(annotate(failure, "not retried: waiting " + Durations.millis(delay)
              + " ms would pass the call's total timeout", attempt));
        }
        if (!budget.tryAcquire()) {
          throw withHistory(annotate(failure, "not retried: retry budget exhausted (too many recent failures)",
              attempt));
        }
        if (failures == null) {
          failures = new ArrayList<>(2);
        }
        failures.add(failure);
        calls.retry(request, requests, outcome.reason, delay, outcome.retryAfter);
        WireLog.LOG.debug("[{}] {} {} retrying in {} ms (attempt {} of {} failed: {})", provider, request.method(),
            path, Durations.millis(delay), attempt, policy.maxAttempts(), failure.getClass().getSimpleName());
        sleep(delay, attempt);
      }
    }

    private String whyNotRetry(Outcome<T> outcome, int attempt, RetryPolicy policy) {
      if (!outcome.retryable) {
        return outcome.notRetryableReason != null ? outcome.notRetryableReason : "";
      }
      if (outcome.retryAfter != null && outcome.retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
        return "not retried: the vendor asked to wait " + outcome.retryAfter.toSeconds()
            + " s, more than the policy's maxRetryAfter of " + policy.maxRetryAfter().toSeconds() + " s";
      }
      if (attempt >= policy.maxAttempts()) {
        return policy.maxAttempts() == 1 ? "" : "retries exhausted";
      }
      return null;
    }

    /** One attempt, told to the call listener: its status, what went wrong, how long it took. */
    private Outcome<T> attempt(int attempt, long remainingNanos) {
      requireOpen();
      requests++;
      answered = 0;
      long started = System.nanoTime();
      Outcome<T> outcome;
      try {
        outcome = send(attempt, remainingNanos);
      } catch (RuntimeException | Error e) {
        calls.attempt(request, requests, answered, System.nanoTime() - started, CallRecorder.reason(e));
        throw e;
      }
      outcome.reason = outcome.failure == null ? null : CallRecorder.reason(outcome.failure);
      calls.attempt(request, requests, answered, System.nanoTime() - started, outcome.reason);
      return outcome;
    }

    private Outcome<T> send(int attempt, long remainingNanos) {
      Request httpRequest = httpRequest();
      // the authorizer may have signed in meanwhile: that time counts against the call's deadline
      long remaining = Math.min(remainingNanos, deadline - System.nanoTime());
      if (remaining <= 0) {
        return Outcome.fatal(timeout("the call's total timeout of " + Durations.millis(config.callTimeout())
            + " ms passed while its credentials were being got", attempt - 1, null));
      }
      Call call = client.newCall(httpRequest);
      call.timeout().timeout(Math.min(attemptTimeoutNanos, remaining), TimeUnit.NANOSECONDS);
      long started = System.nanoTime();
      boolean sent = false;
      int status = 0;
      try (InterruptibleCall watched = InterruptibleCall.watch(call); Response response = call.execute()) {
        sent = true;
        status = response.code();
        answered = status;
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (WireLog.LOG.isDebugEnabled()) {
          WireLog.LOG.debug("[{}] {} {} -> {} in {} ms (attempt {})", provider, request.method(),
              WireLog.target(url, callMasker), response.code(), ms, attempt);
        }
        if (WireLog.traceEnabled()) {
          WireLog.LOG.trace("[{}] response headers: {}", provider, WireLog.headers(response.headers(), callMasker));
          byte[] peek = response.peekBody(WireLog.BODY_LOG_BYTES + 1L).bytes();
          boolean cut = peek.length > WireLog.BODY_LOG_BYTES;
          WireLog.LOG.trace("[{}] response body: {}", provider,
              WireLog.body(cut ? java.util.Arrays.copyOf(peek, WireLog.BODY_LOG_BYTES) : peek, cut, callMasker));
        }
        if (response.isSuccessful()) {
          if (streamed) {
            // the headers are here: a body that keeps coming is bounded by the read timeout between bytes only
            // (OkHttp's call timeout is an AsyncTimeout entered for the whole call; leaving it early stops it)
            if (call.timeout() instanceof okio.AsyncTimeout whole) {
              whole.exit();
            }
          }
          ErrorsInAnswer seen = new ErrorsInAnswer(response, attempt);
          try {
            return Outcome.success(reader.read(new ApiResponse(response, bodies, seen)));
          } catch (TrunkApiException e) {
            ErrorsIn2xx.Decoded decoded = seen.errors.of(e);
            if (decoded == null) {
              throw e;
            }
            return judged(e, decoded.status, decoded.retryAfter, httpRequest, false);
          }
        }
        return failedStatus(response, httpRequest, attempt);
      } catch (ResponseBodies.BodyTooLargeException e) {
        return Outcome.fatal(bodies.tooLarge(e, 200));
      } catch (OverlongBodyGuard.OverlongBodyException e) {
        return Outcome.fatal(new TrunkResponseException("[" + provider + "] " + request.method() + " " + path
            + ": " + e.getMessage() + " (not retried: the answer cannot be trusted)", request.method(), path, status, e));
      } catch (JsonProcessingException e) {
        return Outcome.fatal(new TrunkResponseException("[" + request.method() + " " + path
            + "] could not read the vendor's answer: " + callMasker.mask(e.getOriginalMessage()),
            request.method(), path, 200, null));
      } catch (IOException e) {
        return failedTransport(e, sent, attempt);
      }
    }

    private Outcome<T> failedStatus(Response response, Request sent, int attempt) throws IOException {
      int status = response.code();
      if (status == 401 && renews(sent)) {
        return renewal(TrunkApiException.of(apiFailure(response, new byte[0], attempt, null)));
      }
      byte[] body = bodies.errorBody(response);
      JsonNode json = bodies.errorJson(response, body);
      VendorError vendor = json == null ? VendorError.none() : safeDecode(status, json);
      Duration retryAfter = retryAfter(response, vendor);
      int effective = vendor.status().orElse(status);
      TrunkApiException failure = TrunkApiException.of(failure(response, body, json == null, vendor, effective,
          attempt, retryAfter));
      return judged(failure, effective, retryAfter, sent, status == 401);
    }

    /**
     * What follows from a vendor error, whether it came with an error status or in a 2xx body: {@code effective} is
     * the status the decoder reported (else the HTTP one). One renewal of the credentials on a 401 (unless it was
     * already asked for this answer), retries of 408, 429, 500, 502, 503, 504 for idempotent calls with
     * {@code retryAfter} as the floor, and whether the request may have been carried out.
     */
    private Outcome<T> judged(TrunkApiException failure, int effective, Duration retryAfter, Request sent,
        boolean renewalAsked) {
      if (effective == 401 && !renewalAsked && renews(sent)) {
        return renewal(failure);
      }
      boolean retryableStatus = effective == 408 || effective == 429 || effective == 500 || effective == 502
          || effective == 503 || effective == 504;
      // 408, 429 and 503 say the request was not processed; 500, 502 and 504 do not say so
      boolean mayHaveBeenApplied = effective == 500 || effective == 502 || effective == 504;
      if (mayHaveBeenApplied && !request.idempotent()) {
        failure = TrunkApiException.of(failure.failure().toBuilder().outcomeUnknown(true).build());
      }
      Outcome<T> outcome = Outcome.fatal(failure);
      outcome.retryAfter = retryAfter;
      outcome.mayHaveBeenApplied = mayHaveBeenApplied;
      if (retryableStatus && request.idempotent()) {
        outcome.retryable = true;
      } else if (retryableStatus && outcome.mayHaveBeenApplied) {
        outcome.notRetryableReason = "not retried: " + request.method() + " is not idempotent; the vendor may have"
            + " carried it out (outcome unknown: look before sending it again)";
      } else if (retryableStatus) {
        outcome.notRetryableReason = "not retried: " + request.method() + " is not idempotent";
      }
      return outcome;
    }

    /** Asks the authorizer, once per call, for fresh credentials after the vendor refused them. */
    private boolean renews(Request sent) {
      return request.authenticated() && !refreshedCredentials && authorizer.refreshAfterUnauthorized(sent);
    }

    private Outcome<T> renewal(TrunkApiException failure) {
      Outcome<T> again = Outcome.fatal(failure);
      again.retryCredentials = true;
      return again;
    }

    private Duration retryAfter(Response response, VendorError vendor) {
      return RetryAfter.parse(response.headers("Retry-After"), response.header("Date"), config.clock().instant())
          .or(vendor::retryAfter).map(Durations::clamp).orElse(null);
    }

    private ErrorsIn2xx.Decoded errorInSuccess(Response response, JsonNode json, int attempt) {
      VendorError vendor = safeDecode(response.code(), json);
      int reported = vendor.status().orElse(422);
      Duration retryAfter = retryAfter(response, vendor);
      ApiFailure failure = failure(response, new byte[0], false, vendor, reported, attempt, retryAfter);
      return new ErrorsIn2xx.Decoded(TrunkApiException.of(failure.toBuilder()
          .note("the vendor answered HTTP " + response.code() + " with an error body").build()), reported, retryAfter);
    }

    private VendorError safeDecode(int status, JsonNode json) {
      try {
        return errorDecoder.decode(status, json);
      } catch (RuntimeException e) {
        return VendorError.none();
      }
    }

    private ApiFailure failure(Response response, byte[] body, boolean notJson, VendorError vendor, int status,
        int attempt, Duration retryAfter) {
      ApiFailure.Builder b = ApiFailure.builder()
          .provider(provider).method(request.method()).path(path).status(status).attempts(attempt)
          .vendorCode(callMasker.mask(vendor.code().orElse(null)))
          .vendorMessage(callMasker.mask(vendor.message().orElse(null)))
          .requestId(requestId(response))
          .retryAfter(retryAfter)
          .rateLimitHeaders(rateLimitHeaders(response));
      Map<String, List<String>> fields = vendor.fieldErrors();
      if (!fields.isEmpty()) {
        Map<String, List<String>> masked = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> masked.put(k, v.stream().map(callMasker::mask).toList()));
        b.fieldErrors(masked);
      }
      if (notJson || vendor.message().isEmpty()) {
        b.bodyExcerpt(bodies.excerpt(body));
      }
      return b.build();
    }

    private ApiFailure apiFailure(Response response, byte[] body, int attempt, Duration retryAfter) {
      return failure(response, body, true, VendorError.none(), response.code(), attempt, retryAfter);
    }

    private Outcome<T> failedTransport(IOException e, boolean responseStarted, int attempt) {
      boolean neverSent = !responseStarted
          && (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
              || e instanceof OverlongBodyGuard.StaleConnectionException);
      if (Thread.currentThread().isInterrupted()) {
        return Outcome.fatal(new TrunkTransportException(describe("was interrupted", e, attempt),
            request.method(), path, attempt, !request.idempotent() && !neverSent, e));
      }
      boolean outcomeUnknown = !request.idempotent() && !neverSent;
      TrunkTransportException failure = e instanceof InterruptedIOException
          ? timeout(describe("timed out", e, attempt), attempt, e, outcomeUnknown)
          : new TrunkTransportException(describe("failed", e, attempt), request.method(), path, attempt,
              outcomeUnknown, e);
      Outcome<T> outcome = Outcome.fatal(failure);
      outcome.mayHaveBeenApplied = !neverSent;
      outcome.staleConnection = e instanceof OverlongBodyGuard.StaleConnectionException;
      if (request.idempotent() || neverSent) {
        outcome.retryable = true;
      } else {
        outcome.notRetryableReason = "not retried: " + request.method()
            + " is not idempotent and may have reached the vendor (outcome unknown)";
      }
      return outcome;
    }

    private String describe(String what, IOException e, int attempt) {
      return "[" + provider + "] " + request.method() + " " + path + " " + what + " on attempt " + attempt + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + callMasker.mask(e.getMessage()) + ")");
    }

    private TrunkTransportException timeout(String message, int attempts, Throwable cause) {
      return timeout("[" + provider + "] " + request.method() + " " + path + ": " + message, attempts, cause,
          !request.idempotent() && attempts > 0);
    }

    private TrunkTransportException timeout(String message, int attempts, Throwable cause, boolean outcomeUnknown) {
      return new TrunkTransportException(message, request.method(), path, attempts, outcomeUnknown, true, cause);
    }

    private TrunklineException annotate(TrunklineException failure, String note, int attempts) {
      if (note == null || note.isEmpty()) {
        return failure;
      }
      if (failure instanceof TrunkApiException) {
        ApiFailure f = ((TrunkApiException) failure).failure();
        String notes = f.note().map(earlier -> earlier + "; " + note).orElse(note);
        return TrunkApiException.of(f.toBuilder().note(notes).attempts(attempts).build());
      }
      if (failure instanceof TrunkTransportException) {
        TrunkTransportException t = (TrunkTransportException) failure;
        String message = t.getMessage() + "; " + note;
        return new TrunkTransportException(message, t.method(), t.path(), attempts, t.outcomeUnknown(), t.timedOut(),
            t.getCause());
      }
      return failure;
    }

    /**
     * The failure the call ends with, its earlier attempts' failures suppressed in it. A write (any method but GET
     * and HEAD) that failed after an attempt that may have been carried out (a 500, 502 or 504, a timeout or reset
     * after sending) has an unknown outcome, even when it was retried because it is idempotent: the last answer
     * does not say whether an earlier attempt changed the trunk.
     */
    private TrunklineException withHistory(TrunklineException failure) {
      TrunklineException last = mayHaveBeenApplied && writes() ? outcomeUnknown(failure) : failure;
      if (failures != null) {
        for (TrunklineException earlier : failures) {
          last.addSuppressed(earlier);
        }
      }
      return last;
    }

    private boolean writes() {
      return !"GET".equals(request.method()) && !"HEAD".equals(request.method());
    }

    private static TrunklineException outcomeUnknown(TrunklineException failure) {
      if (failure instanceof TrunkApiException && !((TrunkApiException) failure).outcomeUnknown()) {
        return TrunkApiException.of(((TrunkApiException) failure).failure().toBuilder().outcomeUnknown(true).build());
      }
      if (failure instanceof TrunkTransportException && !((TrunkTransportException) failure).outcomeUnknown()) {
        TrunkTransportException t = (TrunkTransportException) failure;
        return new TrunkTransportException(t.getMessage(), t.method(), t.path(), t.attempts(), true, t.timedOut(),
            t.getCause());
      }
      return failure;
    }

    private void sleep(Duration delay, int attempt) {
      try {
        timing.sleeper().sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw withHistory(new TrunkTransportException("[" + provider + "] " + request.method() + " " + path
            + " was interrupted while waiting to retry after attempt " + attempt, request.method(), path, attempt,
            !request.idempotent(), e));
      }
    }

    private Request httpRequest() {
      Request.Builder builder = new Request.Builder().url(url).headers(baseHeaders);
      Headers before = baseHeaders;
      if (!request.headers().isEmpty()) {
        request.headers().forEach(builder::header);
        before = request.authenticated() ? builder.build().headers() : null;
      }
      if (request.authenticated()) {
        authorizer.authorize(builder);
      }
      RequestBody body = null;
      if (bodyBytes != null) {
        body = new OneShotBody(bodyBytes);
      } else if ("POST".equals(request.method()) || "PUT".equals(request.method())
          || "PATCH".equals(request.method())) {
        body = new OneShotBody(new byte[0]);
      }
      builder.method(request.method(), body);
      Request built = builder.build();
      if (request.authenticated()) {
        maskCredentials(before, built.headers());
      }
      if (WireLog.traceEnabled()) {
        WireLog.LOG.trace("[{}] request {} {} headers: {}", provider, request.method(), WireLog.target(url, callMasker),
            WireLog.headers(built.headers(), callMasker));
        WireLog.LOG.trace("[{}] request body: {}", provider, WireLog.body(bodyBytes, false, callMasker));
      }
      return built;
    }

    /** Every header value the authorizer added (a token it got at sign-in, a Basic value) is masked from now on. */
    private void maskCredentials(Headers before, Headers after) {
      LearnedCredentials last = learned;
      Masker more;
      if (last != null && last.base() == callMasker && addedAre(before, after, last.values())) {
        more = last.masker();
      } else {
        List<String> added = new ArrayList<>(1);
        for (int i = 0; i < after.size(); i++) {
          if (!has(before, after.name(i), after.value(i))) {
            added.add(after.value(i));
          }
        }
        List<String> forms = new ArrayList<>();
        for (String value : added) {
          forms.addAll(CredentialForms.of(value));
        }
        more = callMasker.plus(forms);
        learned = new LearnedCredentials(callMasker, added, more);
      }
      if (more != callMasker) {
        callMasker = more;
        bodies = bodies.masking(callMasker);
      }
    }

    /** Whether the header values {@code after} has and {@code before} lacks are {@code values}, in order. */
    private boolean addedAre(Headers before, Headers after, List<String> values) {
      int k = 0;
      for (int i = 0; i < after.size(); i++) {
        String value = after.value(i);
        if (!has(before, after.name(i), value)) {
          if (k >= values.size() || !values.get(k).equals(value)) {
            return false;
          }
          k++;
        }
      }
      return k == values.size();
    }

    /** Whether {@code headers} hold {@code name} (any case) with exactly {@code value}. */
    private boolean has(Headers headers, String name, String value) {
      for (int i = 0; i < headers.size(); i++) {
        if (headers.value(i).equals(value) && headers.name(i).equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Decodes each vendor error the reader finds in this attempt's 2xx answer ({@link ApiResponse#errorInSuccess})
     * and keeps it, so that the one the reader throws is judged as an error status. A class rather than a lambda:
     * the lambda's four captured values spun method handles of their own on a JVM's first answer.
     */
    private final class ErrorsInAnswer implements Function<JsonNode, TrunkApiException> {
      final ErrorsIn2xx errors = new ErrorsIn2xx();
      private final Response response;
      private final int attempt;

      ErrorsInAnswer(Response response, int attempt) {
        this.response = response;
        this.attempt = attempt;
      }

      @Override
      public TrunkApiException apply(JsonNode json) {
        return errors.record(errorInSuccess(response, json, attempt));
      }
    }

    private Map<String, String> rateLimitHeaders(Response response) {
      Map<String, String> found = new java.util.LinkedHashMap<>();
      for (String name : response.headers().names()) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("x-ratelimit-") || lower.startsWith("ratelimit")) {
          found.put(name, callMasker.mask(response.header(name)));
        }
      }
      return found;
    }

    private String requestId(Response response) {
      for (String name : REQUEST_ID_HEADERS) {
        String value = response.header(name);
        if (value != null && value.length() <= 200) {
          return callMasker.mask(value);
        }
      }
      return null;
    }
  }

  /**
   * The base URL with {@code segments} encoded as path segments, and its encoded path masked by {@code callMasker};
   * the last one made with the engine's own masker is used again for the same segments.
   */
  private PathUrl pathUrl(List<String> segments, Masker callMasker) {
    PathUrl last = lastPath;
    if (last != null && callMasker == masker && last.segments().equals(segments)) {
      return last;
    }
    HttpUrl.Builder b = baseUrl.newBuilder();
    for (String segment : segments) {
      b.addPathSegment(segment);
    }
    HttpUrl url = b.build();
    PathUrl made = new PathUrl(segments, url, callMasker.mask(url.encodedPath()));
    if (callMasker == masker) {
      lastPath = made;
    }
    return made;
  }

  private static HttpUrl withQuery(HttpUrl pathUrl, List<Map.Entry<String, String>> query) {
    if (query.isEmpty()) {
      return pathUrl;
    }
    HttpUrl.Builder b = pathUrl.newBuilder();
    for (Map.Entry<String, String> q : query) {
      b.addQueryParameter(q.getKey(), q.getValue());
    }
    return b.build();
  }

  private static byte[] serialize(Object body) {
    if (body == null) {
      return null;
    }
    try {
      return Json.wire().writeValueAsBytes(body);   // the one place a secret is written in clear
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("request body cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The vendor errors that {@link ApiResponse#errorInSuccess} made during one attempt, so that the one the reader
   * throws is judged by the same rules as an error status.
   */
  private static final class ErrorsIn2xx {
    record Decoded(TrunkApiException exception, int status, Duration retryAfter) {}

    /** Made at the first error: most answers hold none. */
    private List<Decoded> made;

    TrunkApiException record(Decoded decoded) {
      if (made == null) {
        made = new ArrayList<>(1);
      }
      made.add(decoded);
      return decoded.exception;
    }

    Decoded of(TrunkApiException thrown) {
      if (made == null) {
        return null;
      }
      for (Decoded d : made) {
        if (d.exception == thrown) {
          return d;
        }
      }
      return null;
    }
  }

  /** The result of one attempt. */
  private static final class Outcome<T> {
    T value;
    TrunklineException failure;
    /** The request reached the vendor and may have been carried out (a reset, a timeout, a 500, 502 or 504). */
    boolean mayHaveBeenApplied;
    boolean retryable;
    boolean retryCredentials;
    /** The attempt was never sent: its connection held bytes left over from an earlier answer, and was closed. */
    boolean staleConnection;
    String notRetryableReason;
    Duration retryAfter;
    /** Why the attempt failed, for the call listener ({@link CallRecorder#reason}). */
    String reason;

    static <T> Outcome<T> success(T value) {
      Outcome<T> o = new Outcome<>();
      o.value = value;
      return o;
    }

    static <T> Outcome<T> fatal(TrunklineException failure) {
      Outcome<T> o = new Outcome<>();
      o.failure = failure;
      return o;
    }
  }

  /** A request body OkHttp may send only once: it can never replay a write on its own. */
  private static final class OneShotBody extends RequestBody {
    private final byte[] bytes;

    OneShotBody(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }

  /**
   * The deadline of the call an engine runs on one thread, if {@code running}: one holder per thread, set and
   * restored by each call, so a call costs no thread-local entry and no boxed deadline.
   */
  private static final class RunningDeadline {
    boolean running;
    long nanos;
  }

  /** The base URL with {@code segments} (no query), and its encoded path with known secrets masked. */
  private record PathUrl(List<String> segments, HttpUrl url, String maskedPath) {}

  /** {@code values} added to {@code base} give {@code masker}. */
  private record LearnedCredentials(Masker base, List<String> values, Masker masker) {}
}
