package io.trunkline.provider.pbx;

import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.spi.ApiRequest;
import io.trunkline.core.spi.HttpEngine;
import io.trunkline.core.spi.ResponseReader;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine for PBX calls, plus one rule the engine lacks: when the PBX refuses the token of a call (401, or the
 * 400 {@code UNAUTHORIZED} it may answer for an expired token, which {@link PbxErrorDecoder} reports as 401), the
 * token is renewed once ({@link PbxTokenAuthorizer#renewAfterRefused}) and the call is sent once more. A refused
 * request was not processed, so this holds for a create too. Not for the sign-in calls themselves.
 */
final class PbxHttp {
  private static final Logger LOG = LoggerFactory.getLogger(PbxHttp.class);

  private final HttpEngine http;
  private final PbxTokenAuthorizer signIn;

  PbxHttp(HttpEngine http, PbxTokenAuthorizer signIn) {
    this.http = http;
    this.signIn = signIn;
  }

  <T> T execute(ApiRequest request, ResponseReader<T> reader) {
    return once(request, () -> http.execute(request, reader));
  }

  void execute(ApiRequest request) {
    execute(request, PbxEnvelopes.NO_CONTENT);
  }

  long download(ApiRequest request, OutputStream out) {
    return once(request, () -> http.download(request, out));
  }

  private <T> T once(ApiRequest request, Supplier<T> call) {
    try {
      return call.get();
    } catch (TrunkUnauthorizedException e) {
      if (e.status() != 401 || !request.authenticated() || !signIn.renews()
          || e.path().contains("/api/auth/") || !signIn.renewAfterRefused()) {
        throw e;
      }
      LOG.debug("[pbx] {} {}: the PBX refused the token; renewed, sending once more", request.method(), e.path());
      return call.get();
    }
  }
}
