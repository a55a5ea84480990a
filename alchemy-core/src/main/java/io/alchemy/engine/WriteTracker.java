package io.alchemy.engine;

import io.alchemy.event.ConnectionEvents;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.alchemy.sql.StatementKind;
import java.util.Objects;

/**
 * A listener noting, for {@link ReadYourWrites}, every statement that wrote on the primary: INSERT, UPDATE, DELETE
 * and DDL that succeeded on a connection whose target is the primary.
 */
public final class WriteTracker implements ConnectionEvents {
    private final ReadYourWrites readYourWrites;

    /** Reports writes to {@code readYourWrites}. */
    public WriteTracker(ReadYourWrites readYourWrites) {
        this.readYourWrites = Objects.requireNonNull(readYourWrites, "readYourWrites");
    }

    @Override
    public void afterExecute(StatementEvent event, StatementOutcome outcome) {
        StatementKind kind = event.compiled().kind();
        boolean writes = kind == StatementKind.INSERT || kind == StatementKind.UPDATE || kind == StatementKind.DELETE
                || kind == StatementKind.DDL;
        if (writes && ConnectionSource.PRIMARY.equals(event.connection().target())) {
            readYourWrites.wrote();
        }
    }
}
