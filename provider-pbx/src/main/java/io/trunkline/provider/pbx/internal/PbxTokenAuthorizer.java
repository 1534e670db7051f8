package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.Durations;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.RequestAuthorizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts {@code Authorization: Bearer <token>} on every PBX call. With {@link Credentials.Kind#BEARER} the token is
 * the caller's. With {@link Credentials.Kind#USER_PASSWORD} it signs in ({@code POST /api/auth/sign_in} with
 * {@code username}, {@code password} and the optional {@code domain} setting), renews the token shortly before it
 * expires ({@code POST /api/auth/refresh_token}, falling back to a new sign-in), and signs in again when the PBX
 * refuses the token ({@link #refreshAfterUnauthorized}, asked by core's engine for a 401 and for the 400
 * {@code UNAUTHORIZED} the PBX may answer instead). A renewal that fails while the current token is still valid
 * keeps that token in use (tried again after {@link #RETRY_RENEWAL}), so a call never fails for a refresh it did not
 * need yet. Renewal is single-flight: however many threads find the token stale at once, one request renews it and
 * the others wait for that result, a failure included; a waiting thread that is interrupted stops waiting at once
 * ({@code TrunkTransportException}, its interrupt flag kept). A sign-in counts against the deadline of the call that
 * needed it (core's engine bounds a call made during another by that call's {@code callTimeout}). A user with two-factor sign-in is refused with a message,
 * since a one-time code cannot be supplied here.
 */
final class PbxTokenAuthorizer implements RequestAuthorizer {
  static final String SIGN_IN = "/api/auth/sign_in";
  static final String REFRESH = "/api/auth/refresh_token";
  /** Renew at most this long before the PBX's expiry. */
  private static final Duration MAX_EARLY = Duration.ofSeconds(60);
  /** After a failed renewal with the token still valid, the next renewal is tried this much later. */
  static final Duration RETRY_RENEWAL = Duration.ofSeconds(10);

  private final HttpEngine http;
  private final String fixedHeader;
  private final String user;
  private final Secret password;
  private final Optional<String> domain;
  private final Clock clock;
  /**
   * Held while renewing. A lock, not {@code synchronized}: a thread waiting for another thread's sign-in can be
   * interrupted, and no monitor is held across I/O (which would pin a virtual thread).
   */
  private final ReentrantLock lock = new ReentrantLock();
  /** The last renewal's outcome; replaced (never changed) under {@link #lock}. */
  private volatile State state = new State(null, null);
  /** The Authorization value this thread sent last, to tell whether the token a refusal names is still current. */
  private final ThreadLocal<String> lastSent = new ThreadLocal<>();

  PbxTokenAuthorizer(HttpEngine http, Credentials credentials, Optional<String> domain, Clock clock) {
    this.http = http;
    this.clock = clock;
    this.domain = domain.isPresent() && domain.get().isBlank() ? Optional.empty() : domain;   // no lambda, cold
    if (credentials.kind() == Credentials.Kind.BEARER) {
      this.fixedHeader = "Bearer " + credentials.secret().reveal();
      this.user = null;
      this.password = null;
    } else if (credentials.kind() == Credentials.Kind.USER_PASSWORD) {
      this.fixedHeader = null;
      this.user = credentials.name().orElseThrow();
      this.password = credentials.secret();
    } else {
      throw new TrunkConfigurationException("provider 'pbx' accepts BEARER or USER_PASSWORD credentials, not "
          + credentials.kind());
    }
  }

  @Override
  public void authorize(Request.Builder request) {
    if (fixedHeader != null) {
      request.header("Authorization", fixedHeader);
      return;
    }
    State seen = state;
    Session session = seen.session;
    if (session == null || session.renewDue(clock.instant())) {
      session = renew(seen, false);
    }
    request.header("Authorization", session.header);
    lastSent.set(session.header);
  }


  /**
   * The PBX refused the token of {@code failed}: core's engine asks once per call, for the PBX's 401 and for its 400
   * {@code UNAUTHORIZED} alike ({@link PbxErrorDecoder} reports it as 401), never for the sign-in calls
   * (unauthenticated). A new sign-in, unless another thread already replaced that token (then its new one is used);
   * true to have the call sent once more (a refused request was not processed, so a create too). A bearer token
   * given as is cannot be renewed: false.
   */
  @Override
  public boolean refreshAfterUnauthorized(Request failed) {
    if (fixedHeader == null) {
      State seen = state;
      String used = lastSent.get();
      if (seen.session == null || seen.session.header.equals(used)) {
        renew(seen, true);
      }
      return true;
    }
    return false;
  }

  /**
   * Renews the token unless another thread finished a renewal since {@code seen} was read; then its result (the
   * new session, or its failure) is used, so concurrent callers cause one request. {@code rejected}: the PBX
   * answered 401 to the current token, so it and its refresh token are not tried again.
   */
  private Session renew(State seen, boolean rejected) {
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TrunkTransportException("[pbx] interrupted while waiting for another thread's sign-in; nothing was"
          + " sent", "POST", SIGN_IN, 0, false, e);
    }
    try {
      State current = state;
      if (current != seen) {
        if (current.failure != null) {
          throw current.failure;
        }
        if (current.session != null && (rejected || !current.session.renewDue(clock.instant()))) {
          return current.session;
        }
      }
      try {
        Session fresh = rejected ? signIn() : refreshOrSignIn(current.session);
        state = new State(fresh, null);
        return fresh;
      } catch (RuntimeException e) {
        Instant now = clock.instant();
        Session old = current.session;
        if (!rejected && old != null && old.validAt(now)) {
          Session kept = old.renewAgainAt(Durations.plus(now, RETRY_RENEWAL));
          state = new State(kept, null);
          log().warn("[pbx] renewing the access token failed ({}); the current token stays in use until it expires at"
              + " {}", e.getMessage(), old.expiresAt);
          return kept;
        }
        state = new State(null, e);
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  private Session refreshOrSignIn(Session old) {
    if (old != null && old.refreshToken != null) {
      try {
        return refresh(old.refreshToken);
      } catch (TrunkApiException e) {
        if (e.status() >= 500) {
          throw e;
        }
        log().debug("[pbx] refreshing the access token failed with HTTP {}; signing in again", e.status());
      }
    }
    return signIn();
  }

  private Session signIn() {
    ObjectNode body = Json.object().put("username", user).put("password", password.reveal());
    domain.ifPresent(d -> body.put("domain", d));
    ApiRequest request = ApiRequest.post(SIGN_IN).unauthenticated().sensitive(password).body(body)
        .idempotent(true).build();
    PbxEnvelopes.Token token = http.execute(request, PbxEnvelopes.Token.READER);
    if (token.twoFactor) {
      throw new TrunkConfigurationException("the PBX user '" + user + "' signs in with two-factor"
          + " authentication, which needs a one-time code that Trunkline cannot supply; sign in yourself and pass"
          + " the access token as BEARER credentials, or use a PBX user without two-factor authentication");
    }
    log().debug("[pbx] signed in as '{}'", user);
    return session(token, SIGN_IN);
  }

  private Session refresh(Secret refreshToken) {
    ObjectNode body = Json.object().put("refresh_token", refreshToken.reveal());
    ApiRequest request = ApiRequest.post(REFRESH).unauthenticated().sensitive(refreshToken).body(body).build();
    log().debug("[pbx] refreshing the access token");
    return session(http.execute(request, PbxEnvelopes.Token.READER), REFRESH);
  }

  /**
   * The logger, asked for when a message is logged (SLF4J caches it): with a bearer token nothing is ever logged
   * here, and SLF4J's first logger, which finds its binding, is not paid for opening the provider.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(PbxTokenAuthorizer.class);
  }

  private Session session(PbxEnvelopes.Token token, String path) {
    if (token.accessToken == null) {
      throw new TrunkResponseException("[pbx] POST " + path + " answered without an access_token", "POST", path, 200,
          null);
    }
    Instant renewAt = null;
    Instant expiresAt = null;
    if (token.expiresIn != null && token.expiresIn > 0) {
      Duration lifetime = Duration.ofSeconds(token.expiresIn);
      Duration early = lifetime.dividedBy(5).compareTo(MAX_EARLY) < 0 ? lifetime.dividedBy(5) : MAX_EARLY;
      Instant now = clock.instant();
      renewAt = Durations.plus(now, lifetime.minus(early)); // clamped: expires_in may be absurd
      expiresAt = Durations.plus(now, lifetime);
    }
    return new Session("Bearer " + token.accessToken.reveal(), token.refreshToken, renewAt, expiresAt);
  }

  /** A token, when to renew it, and when it expires (null: the PBX did not say). */
  private static final class Session {
    final String header;
    final Secret refreshToken;
    final Instant renewAt;
    final Instant expiresAt;

    Session(String header, Secret refreshToken, Instant renewAt, Instant expiresAt) {
      this.header = header;
      this.refreshToken = refreshToken;
      this.renewAt = renewAt;
      this.expiresAt = expiresAt;
    }

    boolean renewDue(Instant now) {
      return renewAt != null && !now.isBefore(renewAt);
    }

    /** Still usable at {@code now}: its expiry is known and not reached. */
    boolean validAt(Instant now) {
      return expiresAt != null && now.isBefore(expiresAt);
    }

    /** The same token, renewed next at {@code next} (never after its expiry). */
    Session renewAgainAt(Instant next) {
      return new Session(header, refreshToken, next.isBefore(expiresAt) ? next : expiresAt, expiresAt);
    }

    @Override
    public String toString() {
      return "Session{token=****, renewAt=" + renewAt + "}";
    }
  }

  /** The outcome of the last renewal: a session, or the failure every waiting caller gets. */
  private static final class State {
    final Session session;
    final RuntimeException failure;

    State(Session session, RuntimeException failure) {
      this.session = session;
      this.failure = failure;
    }
  }
}
