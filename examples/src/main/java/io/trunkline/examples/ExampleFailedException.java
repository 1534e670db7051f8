package io.trunkline.examples;

/**
 * An example could not do its job: it ends with this exception, so {@code mvn exec:java} and {@code java} exit
 * non-zero instead of reporting a success that did not happen.
 */
public final class ExampleFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExampleFailedException(String message) {
    super(message);
  }
}
