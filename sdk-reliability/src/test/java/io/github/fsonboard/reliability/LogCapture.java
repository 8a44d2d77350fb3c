package io.github.fsonboard.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every SDK log event at TRACE while open (logback {@link ListAppender}). */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level previous;
  private final boolean additive;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private LogCapture() {
    logger = (Logger) LoggerFactory.getLogger("io.github.fsonboard");
    previous = logger.getLevel();
    additive = logger.isAdditive();
    logger.setAdditive(false); // TRACE wire logs stay out of the console / CI log
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.TRACE);
  }

  public static LogCapture traceSdk() {
    return new LogCapture();
  }

  /** Each event as text: the formatted message, its arguments and any throwable with its causes. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(appender.list)) {
      StringBuilder line = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + " ");
      line.append(e.getFormattedMessage());
      if (e.getArgumentArray() != null) {
        for (Object arg : e.getArgumentArray()) {
          line.append(" | ").append(arg);
        }
      }
      IThrowableProxy t = e.getThrowableProxy();
      if (t != null) {
        line.append('\n').append(ThrowableProxyUtil.asString(t));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(previous);
    logger.setAdditive(additive);
    appender.stop();
  }
}
