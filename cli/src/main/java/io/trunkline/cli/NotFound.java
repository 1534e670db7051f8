package io.trunkline.cli;

import io.trunkline.core.error.TrunkNotFoundException;
import java.util.Locale;

/**
 * The vendor answered 404 (or 410) for what a command named: said in Trunkline's words, once ("trunk 42 not found at
 * pbx"), with the request that got the answer, and the vendor's own message only when it adds something beyond
 * "not found" (or says which of two things it did not find). Exit code 1, like every refusal by the vendor.
 */
final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFound(String message, TrunkNotFoundException cause) {
    super(message, cause);
  }

  /** {@code what} ("trunk 42") not found at the provider of {@code e}. */
  static NotFound of(String what, TrunkNotFoundException e) {
    StringBuilder sb = new StringBuilder();
    sb.append(what).append(" not found at ").append(e.failure().provider())
        .append(" (").append(e.method()).append(' ').append(e.path()).append(": HTTP ").append(e.status());
    e.requestId().ifPresent(id -> sb.append(", request id ").append(id));
    sb.append(')');
    // with two candidates ("trunk T or number N"), the vendor's words say which one it was
    boolean either = what.contains(" or ");
    e.vendorMessage().filter(m -> either || addsSomething(m)).ifPresent(m -> sb.append(": ").append(m));
    return new NotFound(sb.toString(), e);
  }

  /** False for a vendor message that only says "not found" again ("SIP trunk not found.", "Record not found"). */
  static boolean addsSomething(String vendorMessage) {
    String m = vendorMessage.toLowerCase(Locale.ROOT);
    return !m.isBlank() && !m.contains("not found") && !m.contains("does not exist") && !m.contains("not exist")
        && !m.equals("not_found") && !m.equals("notfound");
  }
}
