package io.alchemy.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures what a logger (and its children) logs at INFO and above, kept off the console, until closed: for the
 * tests of what Alchemy logs itself (echo's text format, Spring's logging); statements are checked with
 * {@link SqlRecorder}.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level previousLevel;
    private final boolean previousAdditive;

    private LogCapture(String loggerName) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        previousLevel = logger.getLevel();
        previousAdditive = logger.isAdditive();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
    }

    /** Captures the logger named {@code loggerName} and its children. */
    public static LogCapture of(String loggerName) {
        return new LogCapture(loggerName);
    }

    /** Captures echo: the {@code io.alchemy.engine.Engine} logger. */
    public static LogCapture echo() {
        return of("io.alchemy.engine.Engine");
    }

    /** Every message logged so far, at any level. */
    public List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The lines logged so far, failing if one was not at INFO (echo logs at INFO only). */
    public List<String> lines() {
        appender.list.forEach(event -> {
            if (event.getLevel() != Level.INFO) {
                throw new AssertionError("logged at " + event.getLevel() + ": " + event.getFormattedMessage());
            }
        });
        return messages();
    }

    /** The {@link #lines()} with echo's cache badge timings replaced by {@code …}: {@code [generated in …]}. */
    public List<String> linesWithoutTimings() {
        return lines().stream()
                .map(line -> line.replaceFirst("^\\[generated in \\d+\\.\\d{5}s\\]", "[generated in …]")
                        .replaceFirst("^\\[cached since [0-9.e+-]+s ago\\]", "[cached since …]")
                        .replaceFirst("^\\[no key \\d+\\.\\d{5}s\\]", "[no key …]"))
                .toList();
    }

    /** Forgets what was captured. */
    public void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditive);
        appender.stop();
    }
}
