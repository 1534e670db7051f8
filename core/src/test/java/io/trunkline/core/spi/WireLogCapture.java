package io.trunkline.core.spi;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** Everything the engine logs on {@code io.trunkline.http} at TRACE, while open: for the secret checks. */
final class WireLogCapture implements AutoCloseable {
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger http = (Logger) LoggerFactory.getLogger("io.trunkline.http");

  WireLogCapture() {
    logs.start();
    http.addAppender(logs);
    http.setLevel(Level.TRACE);
  }

  /** Every message logged so far, one per line. */
  String text() {
    StringBuilder sb = new StringBuilder();
    logs.list.forEach(e -> sb.append(e.getFormattedMessage()).append('\n'));
    return sb.toString();
  }

  @Override
  public void close() {
    http.detachAppender(logs);
    http.setLevel(null);
  }
}
