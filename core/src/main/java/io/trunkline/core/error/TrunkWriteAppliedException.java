package io.trunkline.core.error;

import java.util.Objects;
import java.util.Optional;

/**
 * The write was applied at the vendor; only reading its result back failed. Do not send it again: the trunk was
 * created (or changed) as asked, and {@link #trunkId()} names it where the vendor gave its id, so a later
 * {@code get} reads it. The read-back failure is the cause.
 */
public class TrunkWriteAppliedException extends TrunklineException {
  private final String provider;
  private final String operation;
  private final String trunkId;

  /**
   * @param operation what was applied, as a verb in the past: {@code created}, {@code updated}
   * @param trunkId the trunk's id, or {@code null} when the vendor's answer did not carry it
   */
  public TrunkWriteAppliedException(String provider, String operation, String trunkId, Throwable cause) {
    super(message(provider, operation, trunkId, cause), cause);
    this.provider = Objects.requireNonNull(provider, "provider");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.trunkId = trunkId;
  }

  private static String message(String provider, String operation, String trunkId, Throwable cause) {
    String trunk = trunkId == null ? "a trunk (its id was not in the answer)" : "trunk " + trunkId;
    String next = trunkId == null ? "list the trunks to find it" : "get(\"" + trunkId + "\") reads it";
    return provider + " " + operation + " " + trunk + ", but reading it back failed ("
        + (cause == null ? "no detail" : cause.getMessage()) + "); do not send it again: " + next;
  }

  /** The provider id. */
  public String provider() {
    return provider;
  }

  /** What was applied: {@code created} or {@code updated}. */
  public String operation() {
    return operation;
  }

  /** The trunk's id, where the vendor gave it. */
  public Optional<String> trunkId() {
    return Optional.ofNullable(trunkId);
  }
}
