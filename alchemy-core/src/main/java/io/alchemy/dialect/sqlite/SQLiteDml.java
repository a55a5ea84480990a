package io.alchemy.dialect.sqlite;

import io.alchemy.sql.Insert;
import io.alchemy.sql.TableClause;
import java.util.List;

/** SQLite's own DML constructs, like SQLAlchemy's {@code sqlalchemy.dialects.sqlite}. */
public final class SQLiteDml {
    private SQLiteDml() {
    }

    /**
     * {@code INSERT INTO table …} with {@code onConflictDoNothing()} / {@code onConflictDoUpdate(target, set)}, where
     * the new values may name the proposed row as {@code stmt.excluded().c("column")}.
     */
    public static SQLiteInsert insert(TableClause table) {
        return new SQLiteInsert(Insert.into(table), null, List.of());
    }
}
