package io.alchemy.dialect.postgresql;

import io.alchemy.sql.Insert;
import io.alchemy.sql.TableClause;
import java.util.List;

/** PostgreSQL's own DML constructs, like SQLAlchemy's {@code sqlalchemy.dialects.postgresql}. */
public final class PostgreSQLDml {
    private PostgreSQLDml() {
    }

    /**
     * {@code INSERT INTO table …} with {@code onConflictDoNothing()} / {@code onConflictDoUpdate(target, set)}:
     * <pre>{@code
     * PostgreSQLInsert stmt = PostgreSQLDml.insert(users).values(Map.of("name", "sandy", "fullname", "Sandy"));
     * conn.execute(stmt.onConflictDoUpdate(ConflictTarget.indexElements("name"),
     *         Map.of("fullname", stmt.excluded().c("fullname"))));
     * }</pre>
     */
    public static PostgreSQLInsert insert(TableClause table) {
        return new PostgreSQLInsert(Insert.into(table), null, List.of());
    }
}
