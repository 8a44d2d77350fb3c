package io.github.fsonboard.reliability.onboarding;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Counts the SDK's HTTP attempts (one DEBUG line per attempt on {@code io.github.fsonboard.http},
 * written by its network interceptor, so every retry counts) and, separately, the token requests
 * among them. Keeps the lines out of the console while open.
 */
final class RequestCounter extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.fsonboard.http");
  private final Level previous = logger.getLevel();
  private final boolean additive = logger.isAdditive();
  private final AtomicLong attempts = new AtomicLong();
  private final AtomicLong tokenRequests = new AtomicLong();

  private RequestCounter() {
    setName("request-counter");
    setContext(logger.getLoggerContext());
    start();
    logger.addAppender(this);
    logger.setAdditive(false);
    logger.setLevel(Level.DEBUG);
  }

  static RequestCounter open() {
    return new RequestCounter();
  }

  @Override
  protected void append(ILoggingEvent event) {
    if (!"io.github.fsonboard.http".equals(event.getLoggerName())) {
      return; // the wire logger, when enabled elsewhere
    }
    attempts.incrementAndGet();
    Object[] args = event.getArgumentArray();
    if (args != null && args.length > 1 && String.valueOf(args[1]).contains("/oauth2/token")) {
      tokenRequests.incrementAndGet();
    }
  }

  long attempts() {
    return attempts.get();
  }

  long tokenRequests() {
    return tokenRequests.get();
  }

  void reset() {
    attempts.set(0);
    tokenRequests.set(0);
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    logger.setLevel(previous);
    logger.setAdditive(additive);
    stop();
  }
}
