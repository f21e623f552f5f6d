package io.mlmeta.local;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what one logger logs (SLF4J reaches java.util.logging through slf4j-jdk14 in tests). */
final class LogCapture extends Handler implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new ArrayList<>();

  private LogCapture(Logger logger) {
    this.logger = logger;
  }

  static LogCapture of(String loggerName) {
    LogCapture capture = new LogCapture(Logger.getLogger(loggerName));
    capture.logger.addHandler(capture);
    return capture;
  }

  /** The formatted messages logged at {@code level}. */
  synchronized List<String> messages(Level level) {
    List<String> out = new ArrayList<>();
    for (LogRecord record : records) {
      if (record.getLevel().equals(level)) {
        out.add(new java.util.logging.SimpleFormatter().formatMessage(record));
      }
    }
    return out;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
