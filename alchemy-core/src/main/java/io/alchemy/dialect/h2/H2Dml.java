package io.alchemy.dialect.h2;

import io.alchemy.sql.Insert;
import io.alchemy.sql.TableClause;
import io.alchemy.sql.UpsertClause;
import java.util.List;

/** H2's own DML constructs. */
public final class H2Dml {
    private H2Dml() {
    }

    /**
     * {@code INSERT INTO table …} with PostgreSQL's {@code onConflictDoNothing()} / {@code onConflictDoUpdate(target,
     * set)}, run as a standard MERGE (see {@link H2Insert}).
     */
    public static H2Insert insert(TableClause table) {
        return new H2Insert(Insert.into(table), null, List.of());
    }

    /**
     * {@code MERGE INTO table (columns) [KEY (keys)] VALUES …}:
     * <pre>{@code
     * conn.execute(H2Dml.merge(users).key("name").values(Map.of("name", "sandy", "fullname", "Sandy")));
     * }</pre>
     */
    public static H2Merge merge(TableClause table) {
        return new H2Merge(Insert.into(table), new UpsertClause.MergeKey(List.of()), List.of());
    }
}
