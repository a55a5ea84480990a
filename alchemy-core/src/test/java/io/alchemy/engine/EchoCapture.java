package io.alchemy.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what echo logs on {@code io.alchemy.engine.Engine} (at INFO, kept off the console) until closed. */
final class EchoCapture implements AutoCloseable {
    private final Logger logger = (Logger) LoggerFactory.getLogger("io.alchemy.engine.Engine");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Level previousLevel = logger.getLevel();
    private final boolean previousAdditive = logger.isAdditive();

    EchoCapture() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
    }

    /** The logged lines so far, each at INFO. */
    List<String> lines() {
        assertAllInfo();
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The lines with the cache badges' timings replaced by {@code …}: {@code [generated in …]}. */
    List<String> linesWithoutTimings() {
        return lines().stream()
                .map(line -> line.replaceFirst("^\\[generated in \\d+\\.\\d{5}s\\]", "[generated in …]")
                        .replaceFirst("^\\[cached since [0-9.e+-]+s ago\\]", "[cached since …]")
                        .replaceFirst("^\\[no key \\d+\\.\\d{5}s\\]", "[no key …]"))
                .toList();
    }

    void clear() {
        appender.list.clear();
    }

    private void assertAllInfo() {
        appender.list.forEach(event -> {
            if (event.getLevel() != Level.INFO) {
                throw new AssertionError("echo logged at " + event.getLevel() + ": " + event.getFormattedMessage());
            }
        });
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditive);
        appender.stop();
    }
}
