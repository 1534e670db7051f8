package io.trunkline.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Capability;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.TrunklineException;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.testing.SimResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * The reliability half of the provider contract (issue "reliability and security suite"): every neutral
 * operation the provider declares, under transport faults, error statuses, broken bodies, hostile ids,
 * 32 concurrent callers and thousands of mutated payloads; and no secret in any log line, message or
 * {@code toString}. A provider's contract test extends this class (which extends the functional contract).
 */
@Timeout(120)
public abstract class ProviderReliabilityContractTest extends TrunkProviderContractTest {
  /** The neutral operations fault tests run: those of LIST, GET, CREATE, UPDATE, DELETE the provider declares. */
  protected enum Op { LIST, GET, CREATE, UPDATE, DELETE }

  /** Mutated payloads decoded per read operation (list, get and the other listings), from a fixed seed. */
  static final int CASES_PER_READ = 1000;

  /** For a provider module's contract test. */
  protected ProviderReliabilityContractTest() {}

  /** The password used in {@link #sampleSpec()}, if any, so the secret checks look for it too. */
  protected List<String> extraSecrets() {
    List<String> secrets = new ArrayList<>();
    sampleSpec().password().map(Secret::reveal).ifPresent(secrets::add);
    sampleUpdate().password().map(Secret::reveal).ifPresent(secrets::add);
    return secrets;
  }

  /**
   * Whether the provider may send {@code request} more than once: a POST the vendor documents as idempotent (a
   * sign-in, a partial update that sets values). Default: no POST or PATCH is ever repeated.
   */
  protected boolean mayRepeat(LoggedRequest request) {
    return false;
  }

  /**
   * Whether {@code delete} reads the trunk before it removes it (famulor: its delete path removes any phone number,
   * so the id is checked first). The contract cannot then stage "removed by an earlier attempt" by removing the
   * trunk beforehand; such a provider tests that case itself.
   */
  protected boolean deleteReadsTheTrunkFirst() {
    return false;
  }

  private boolean isNonIdempotentWrite(LoggedRequest r) {
    String method = r.getMethod().value();
    return (method.equals("POST") || method.equals("PATCH")) && !mayRepeat(r);
  }

  private List<Op> supportedOps() {
    List<Op> ops = new ArrayList<>();
    for (Op op : Op.values()) {
      if (provider.supports(Capability.valueOf(op.name()))) {
        ops.add(op);
      }
    }
    return ops;
  }

  private String prepareId() {
    simulator.resetStubs();
    return provider.supports(Capability.CREATE) ? provider.create(sampleSpec()).id() : existingTrunkId();
  }

  private void run(Op op, String id) {
    run(provider, op, id);
  }

  private void run(TrunkProvider provider, Op op, String id) {
    switch (op) {
      case LIST: provider.list(TrunkQuery.all()).toList(); break;
      case GET: provider.get(id); break;
      case CREATE: provider.create(sampleSpec()); break;
      case UPDATE: provider.update(id, sampleUpdate()); break;
      case DELETE: provider.delete(id); break;
      default: throw new AssertionError(op);
    }
  }

  /** Puts a stub in front of every route for the next calls; the journal starts empty. */
  private void inFront(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    simulator.resetStubs();
    sleeps.clear();
    simulator.server().stubFor(any(anyUrl()).atPriority(1).willReturn(response));
  }

  /** Fails the first request, then lets every later one through to the simulator. */
  private void failOnce(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    simulator.resetStubs();
    sleeps.clear();
    simulator.server().stubFor(any(anyUrl()).atPriority(1).inScenario("once").whenScenarioStateIs("Started")
        .willReturn(response).willSetStateTo("passed"));
  }

  /** Fails the first removal request (a DELETE, or a POST to {@code …/destroy}); everything else goes through. */
  private void failFirstRemoval(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    simulator.resetStubs();
    sleeps.clear();
    simulator.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(anyUrl()).atPriority(1)
        .inScenario("removal").whenScenarioStateIs("Started").willReturn(response).willSetStateTo("passed"));
    simulator.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
        com.github.tomakehurst.wiremock.client.WireMock.urlMatching(".*/destroy")).atPriority(1)
        .inScenario("removal").whenScenarioStateIs("Started").willReturn(response).willSetStateTo("passed"));
  }

  /**
   * A delete whose attempt reached the vendor (a 502 or 504 after it was carried out: here the trunk is removed
   * first) and whose retry is answered not-found has done its job: no error. Issue 15: famulor, flex and
   * properties-v2 threw not-found after a successful delete.
   */
  @ParameterizedTest
  @ValueSource(ints = {502, 504})
  void delete_notFoundOnRetry_afterAnAttemptThatMayHaveRemovedIt_isDone(int status) {
    if (!provider.supports(Capability.DELETE) || deleteReadsTheTrunkFirst()) {
      return;
    }
    String id = prepareId();
    provider.delete(id);
    failFirstRemoval(aResponse().withStatus(status));
    org.assertj.core.api.Assertions.assertThatCode(() -> provider.delete(id)).doesNotThrowAnyException();
    assertThat(journal().stream().filter(r -> r.getMethod().value().equals("DELETE")
        || r.getUrl().endsWith("/destroy")).count()).as("the removal was sent twice").isEqualTo(2);
  }

  /**
   * A delete whose first attempt was refused unprocessed (429, 503) and whose retry is answered not-found did not
   * remove anything: it is a not-found. Issue 15: channel swallowed it.
   */
  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void delete_notFoundOnRetry_afterAnUnprocessedAttempt_isNotFound(int status) {
    if (!provider.supports(Capability.DELETE)) {
      return;
    }
    String id = prepareId();
    provider.delete(id);
    failFirstRemoval(aResponse().withStatus(status));
    assertThatThrownBy(() -> provider.delete(id))
        .isInstanceOf(io.trunkline.core.error.TrunkNotFoundException.class);
  }

  private List<LoggedRequest> journal() {
    return simulator.journal().stream()
        .map(ServeEvent::getRequest).collect(Collectors.toList());
  }

  /** No non-idempotent write reached the server twice; no other request more often than the attempts allow. */
  private void assertNoWriteSentTwice(String what) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, LoggedRequest> byKey = new HashMap<>();
    for (LoggedRequest r : journal()) {
      String key = r.getMethod().value() + " " + r.getUrl() + " " + r.getBodyAsString();
      counts.merge(key, 1, Integer::sum);
      byKey.put(key, r);
    }
    counts.forEach((key, n) -> {
      if (isNonIdempotentWrite(byKey.get(key))) {
        assertThat(n).as("%s: %s sent %d times", what, key, n).isEqualTo(1);
      } else {
        assertThat(n).as("%s: %s sent %d times", what, key, n).isLessThanOrEqualTo(3);
      }
    });
  }

  /** Whether the first request of the last operation was a write that must not be repeated. */
  private boolean firstRequestIsWrite() {
    List<LoggedRequest> seen = journal();
    return !seen.isEmpty() && isNonIdempotentWrite(seen.get(0));
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE",
      "MALFORMED_RESPONSE_CHUNK"})
  void transportFaults_becomeTransportExceptions_andNoWriteIsSentTwice(Fault fault) {
    for (Op op : supportedOps()) {
      String id = prepareId();
      inFront(aResponse().withFault(fault));

      Throwable thrown = catchThrowable(() -> run(op, id));

      assertThat(thrown).as("%s under %s", op, fault).isInstanceOf(TrunkTransportException.class);
      assertNoWriteSentTwice(op + " under " + fault);
      assertThat(journal()).as("%s under %s: requests seen", op, fault)
          .hasSize(firstRequestIsWrite() ? 1 : 3);
    }
  }

  @Test
  void slowerThanTheReadTimeout_isATimeout_retriedOnlyWhenIdempotent() {
    TrunkProvider impatient = open(testConfig(simulator.config(), b -> b.readTimeout(Duration.ofMillis(400))));
    try (impatient) {
      for (Op op : supportedOps()) {
        String id = prepareId();
        // Far beyond the timeout: a test JVM stalled for over a second on a loaded machine must still see a timeout,
        // not an answer that arrived while it was not running (the client gives up at 400 ms either way).
        inFront(aResponse().withStatus(200).withFixedDelay(3000));

        assertThatThrownBy(() -> run(impatient, op, id)).as("%s", op)
            .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.timedOut()).isTrue());
        assertNoWriteSentTwice(op + " slow");
        assertThat(journal()).as("%s slow: requests seen", op).hasSize(firstRequestIsWrite() ? 1 : 3);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrorsForever_exhaustTheAttempts_orStopAtOnceForAWrite(int status) {
    for (Op op : supportedOps()) {
      String id = prepareId();
      inFront(aResponse().withStatus(status));

      Throwable thrown = catchThrowable(() -> run(op, id));

      assertThat(thrown).as("%s under %d", op, status).isInstanceOf(TrunkServerException.class);
      if (firstRequestIsWrite()) {
        assertThat(thrown).hasMessageContaining("not idempotent");
        assertThat(journal()).hasSize(1);
      } else {
        assertThat(thrown).hasMessageContaining("after 3 attempts; retries exhausted");
        assertThat(journal()).hasSize(3);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504, 429})
  void oneServerError_thenSuccess_recovers_unlessTheFirstRequestWasAWrite(int status) {
    for (Op op : supportedOps()) {
      String id = prepareId();
      failOnce(aResponse().withStatus(status).withHeader("Retry-After", "1"));

      Throwable thrown = catchThrowable(() -> run(op, id));

      assertNoWriteSentTwice(op + " after one " + status);
      if (firstRequestIsWrite()) {
        assertThat(thrown).as("%s after one %d", op, status).isInstanceOf(TrunklineException.class);
        assertThat(journal()).hasSize(1);
      } else {
        assertThat(thrown).as("%s after one %d", op, status).isNull();
        assertThat(sleeps).as("Retry-After honoured as a floor").contains(Duration.ofSeconds(1));
      }
    }
  }

  @Test
  void htmlErrorPage_isReportedWithStatusAndExcerpt() {
    for (Op op : supportedOps()) {
      String id = prepareId();
      inFront(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
          .withBody("<html><body><h1>502 Bad Gateway</h1>" + "nginx ".repeat(1000) + "</body></html>"));

      assertThatThrownBy(() -> run(op, id)).as("%s", op).isInstanceOfSatisfying(TrunkServerException.class, e -> {
        assertThat(e.status()).isEqualTo(502);
        assertThat(e.getMessage()).contains("502 Bad Gateway").contains("…[truncated").hasSizeLessThan(3000);
      });
    }
  }

  @Test
  void truncatedOrHugeBodies_onReads_areRefused_neverAnEmptyModel() {
    for (Op op : List.of(Op.LIST, Op.GET)) {
      if (!provider.supports(Capability.valueOf(op.name()))) {
        continue;
      }
      String id = prepareId();
      inFront(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("{\"id\": 1, \"data\": [{\"na"));
      assertThatThrownBy(() -> run(op, id)).as("%s truncated", op).isInstanceOf(TrunkResponseException.class);

      inFront(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("{\"padding\":[" + "\"0123456789abcdef\",".repeat(640 * 1024) + "0]}"));
      assertThatThrownBy(() -> run(op, id)).as("%s 10 MB", op)
          .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue());

      inFront(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
          .withBody("[".repeat(100) + "]".repeat(100)));
      assertThatThrownBy(() -> run(op, id)).as("%s nested", op).isInstanceOf(TrunkResponseException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../admin", "..", ".", "a/b", "?x=1#f", "a\r\nX-Evil: 1", "%2e%2e", " "})
  void hostileIds_stayOneSegment_orAreRefusedBeforeSending(String hostile) {
    for (Op op : List.of(Op.GET, Op.UPDATE, Op.DELETE)) {
      if (!provider.supports(Capability.valueOf(op.name()))) {
        continue;
      }
      simulator.resetStubs();
      Throwable thrown = catchThrowable(() -> run(op, hostile));
      List<LoggedRequest> seen = journal();
      if (thrown instanceof TrunkValidationException) {
        assertThat(seen).as("%s(%s) refused: nothing sent", op, hostile).isEmpty();
        continue;
      }
      assertThat(hostile).as("'.', '..' and blank ids must be refused").isNotIn("..", ".", " ");
      for (LoggedRequest r : seen) {
        assertThat(r.getUrl()).as("%s(%s)", op, hostile).doesNotContain("/admin").doesNotContain("?x=").doesNotContain("#")
            .doesNotContain("\r").doesNotContain("\n");
        assertThat(r.containsHeader("X-Evil")).isFalse();
      }
    }
  }

  @Test
  void thirtyTwoThreads_shareOneProvider_withoutLostOrDuplicatedRequests() throws Exception {
    List<Op> ops = supportedOps();
    ops.remove(Op.DELETE);
    ops.remove(Op.UPDATE);
    if (ops.isEmpty()) {
      return;
    }
    String id = prepareId();
    simulator.resetStubs();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    Set<String> createdIds = ConcurrentHashMap.newKeySet();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 96; i++) {
        Op op = ops.get(i % ops.size());
        futures.add(pool.submit(() -> {
          if (op == Op.CREATE) {
            createdIds.add(provider.create(sampleSpec()).id());
          } else if (op == Op.GET) {
            assertThat(provider.get(id).id()).isEqualTo(id);
          } else {
            assertThat(provider.list().toList()).isNotEmpty();
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    long creates = ops.contains(Op.CREATE) ? 96 / ops.size() : 0;
    assertThat(createdIds).hasSize((int) creates);
    long posts = journal().stream().filter(r -> r.getMethod().value().equals("POST")).count();
    assertThat(posts).as("create POSTs: none lost, none sent twice").isEqualTo(creates);
  }

  @Test
  @Timeout(300)
  void mutatedPayloads_decodeOrFailWithTheSdksOwnException() {
    Map<Capability, Runnable> reads = new java.util.LinkedHashMap<>();
    if (provider.supports(Capability.LIST)) {
      reads.put(Capability.LIST, () -> provider.list(TrunkQuery.all()).toList());
    }
    if (provider.supports(Capability.GET)) {
      String id = prepareId();
      reads.put(Capability.GET, () -> provider.get(id));
    }
    if (provider.supports(Capability.CALLER_IDS)) {
      reads.put(Capability.CALLER_IDS, () -> provider.callerIds().toList());
    }
    if (provider.supports(Capability.PROXIES)) {
      reads.put(Capability.PROXIES, () -> provider.proxies().toList());
    }
    if (provider.supports(Capability.TEMPLATES)) {
      reads.put(Capability.TEMPLATES, () -> provider.templates().toList());
    }
    if (provider.supports(Capability.CALL_BARRINGS)) {
      reads.put(Capability.CALL_BARRINGS, () -> provider.callBarrings().toList());
    }
    Random random = new Random(20261122L);
    int cases = 0;
    for (Map.Entry<Capability, Runnable> read : reads.entrySet()) {
      simulator.resetStubs();
      read.getValue().run();
      String body = simulator.server().getAllServeEvents().stream()
          .filter(e -> e.getRequest().getMethod().value().equals("GET"))
          .reduce((a, b) -> a).orElseThrow().getResponse().getBodyAsString();
      try {
        for (int i = 0; i < CASES_PER_READ; i++) {
          String mutated = PayloadMutator.mutate(body, random);
          java.util.concurrent.atomic.AtomicBoolean used = new java.util.concurrent.atomic.AtomicBoolean();
          simulator.intercept(r -> {
            if (used.getAndSet(true)) {
              simulator.intercept(null);
              return simulator.dispatchToRoutes(r);
            }
            return SimResponse.bytes(200, "application/json", mutated.getBytes(StandardCharsets.UTF_8));
          });
          Throwable thrown = catchThrowable(() -> read.getValue().run());
          if (thrown != null) {
            assertThat(thrown).as("%s with payload %s", read.getKey(), mutated).isInstanceOf(TrunklineException.class);
          }
          cases++;
        }
      } finally {
        simulator.intercept(null);
      }
    }
    assertThat(cases).isEqualTo(CASES_PER_READ * reads.size());
  }

  @Test
  void noSecretAppearsInLogsMessagesOrToString_duringAFullRun() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Level before = root.getLevel();
    root.addAppender(logs);
    root.setLevel(Level.TRACE);
    List<String> texts = new ArrayList<>();
    try {
      texts.add(provider.toString());
      texts.add(simulator.config().toString());
      texts.add(sampleSpec().toString());
      texts.add(sampleUpdate().toString());
      for (Op op : supportedOps()) {
        String id = prepareId();
        run(op, id);
      }
      for (int status : new int[] {400, 401, 404, 409, 500}) {
        for (Op op : supportedOps()) {
          String id = prepareId();
          echoSecretsInErrors(op, status);
          Throwable thrown = catchThrowable(() -> run(op, id));
          for (Throwable t = thrown; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            for (Throwable s : t.getSuppressed()) {
              texts.add(String.valueOf(s.getMessage()));
            }
          }
        }
      }
    } finally {
      root.detachAppender(logs);
      root.setLevel(before);
    }
    logs.list.forEach(e -> texts.add(e.getFormattedMessage()));
    assertThat(logs.list).as("trace logging ran").isNotEmpty();
    for (String secret : allSecrets()) {
      assertThat(texts.stream().filter(t -> t.contains(secret))).as("texts holding a secret").isEmpty();
    }
  }

  /**
   * Answers every request with {@code status} and a body echoing what a vendor could echo: the credentials, and the
   * password of the operation's sample input when (and only when) that request carried it.
   */
  private void echoSecretsInErrors(Op op, int status) {
    String credential = simulator.config().credentials().secret().reveal() + " " + basicCredentials().orElse("");
    inFront(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"echo " + credential + "\"}"));
    java.util.Optional<Secret> password = op == Op.CREATE ? sampleSpec().password()
        : op == Op.UPDATE ? sampleUpdate().password() : java.util.Optional.empty();
    password.map(Secret::reveal).ifPresent(p -> simulator.server().stubFor(any(anyUrl()).atPriority(1)
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(p))
        .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"echo " + credential + " " + p + "\"}"))));
  }

  /** Every secret of the run, in every form the SDK itself writes it: raw, JSON-escaped, URL-encoded, HTTP Basic. */
  private List<String> allSecrets() {
    List<String> raw = new ArrayList<>(extraSecrets());
    raw.add(simulator.config().credentials().secret().reveal());
    List<String> secrets = new ArrayList<>();
    for (String s : raw) {
      secrets.add(s);
      String json = io.trunkline.core.spi.Json.mapper().valueToTree(s).toString();
      secrets.add(json.substring(1, json.length() - 1));
      secrets.add(java.net.URLEncoder.encode(s, StandardCharsets.UTF_8));
    }
    basicCredentials().ifPresent(secrets::add);
    return secrets;
  }

  /** The HTTP Basic form of the config's credentials ({@code base64(user:password)}), when they are a user's. */
  private java.util.Optional<String> basicCredentials() {
    io.trunkline.core.Credentials c = simulator.config().credentials();
    if (c.kind() != io.trunkline.core.Credentials.Kind.USER_PASSWORD || c.name().isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(java.util.Base64.getEncoder().encodeToString(
        (c.name().get() + ":" + c.secret().reveal()).getBytes(StandardCharsets.UTF_8)));
  }
}
