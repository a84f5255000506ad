package com.frameworkadvisor.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Tells a test the moment the application logs a line, rather than the test polling the output for it. It watches as
 * an appender of the root logger, added after the console's: Logback hands an event to a logger's appenders in the
 * order they were added, so once this one has seen the line, the console (and Spring Boot's {@code CapturedOutput})
 * has written it.
 */
public final class LogWatch extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final String logger;
    private final String text;
    private final CountDownLatch logged = new CountDownLatch(1);

    private LogWatch(String logger, String text) {
        this.logger = logger;
        this.text = text;
    }

    /** Starts watching for a line from the named logger whose message, before any masking, contains the text. */
    public static LogWatch forLine(String logger, String containing) {
        LogWatch watch = new LogWatch(logger, containing);
        Logger root = root();
        watch.setContext(root.getLoggerContext());
        watch.setName("log-watch");
        watch.start();
        root.addAppender(watch);
        return watch;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLoggerName().equals(logger) && event.getFormattedMessage().contains(text)) {
            logged.countDown();
        }
    }

    /** Whether the line was logged, waiting for it at most the timeout. */
    public boolean awaitLine(Duration timeout) throws InterruptedException {
        return logged.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
