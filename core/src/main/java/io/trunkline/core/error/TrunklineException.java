package io.trunkline.core.error;

/** The base of every exception Trunkline throws. Unchecked. */
public class TrunklineException extends RuntimeException {
  public TrunklineException(String message) {
    super(message);
  }

  public TrunklineException(String message, Throwable cause) {
    super(message, cause);
  }
}
