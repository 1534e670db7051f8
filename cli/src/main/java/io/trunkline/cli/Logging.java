package io.trunkline.cli;

/**
 * Configures slf4j-simple (the binding the command line ships) before the first logger exists: warnings only,
 * on stderr; with {@code --debug}, Trunkline's debug lines too (one per HTTP request: method, path, status,
 * attempt, time; never a secret). A level the user set with {@code -D} wins.
 */
final class Logging {
  static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  static void configure(boolean debug) {
    setIfAbsent(PREFIX + "logFile", "System.err");
    setIfAbsent(PREFIX + "showThreadName", "false");
    setIfAbsent(PREFIX + "showDateTime", "true");
    setIfAbsent(PREFIX + "dateTimeFormat", "HH:mm:ss.SSS");
    setIfAbsent(PREFIX + "defaultLogLevel", "warn");
    if (debug) {
      setIfAbsent(PREFIX + "log.io.trunkline", "debug");
    }
    // Initialise SLF4J now, on this one thread: the demo starts simulators in parallel, and loggers asked for
    // by several threads during SLF4J's initialisation make it print a "replaying" warning.
    org.slf4j.LoggerFactory.getILoggerFactory();
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
