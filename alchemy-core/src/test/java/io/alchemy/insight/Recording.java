package io.alchemy.insight;

import io.alchemy.event.EventConnection;
import io.alchemy.event.StatementEvent;
import io.alchemy.event.StatementOutcome;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.StatementKind;
import java.util.List;

/** Feeds a statistics listener executions of chosen SQL and time, as the Engine does after a statement. */
final class Recording {
    private static final EventConnection CONNECTION = new EventConnection() {
        @Override
        public String dialectName() {
            return "sqlite";
        }

        @Override
        public boolean isAutocommit() {
            return false;
        }
    };

    private Recording() {
    }

    static StatementEvent event(String sql) {
        return new StatementEvent(CONNECTION, Compiled.of(sql, StatementKind.ofSql(sql)), List.of(List.of()), false,
                "raw sql", 0);
    }

    static void execute(StatementStatistics stats, String sql, long nanos, long rows) {
        stats.afterExecute(event(sql), new StatementOutcome(-1, nanos, rows));
    }
}
