package io.alchemy.dialect.postgresql;

import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.OnConflictInsert;
import io.alchemy.sql.UpsertClause;
import java.util.List;

/**
 * PostgreSQL's INSERT with {@code ON CONFLICT … DO NOTHING / DO UPDATE} (SQLAlchemy's
 * {@code sqlalchemy.dialects.postgresql.insert}); made by {@link PostgreSQLDml#insert}. The conflict target may be
 * index elements (with a partial-index predicate) or a constraint name.
 */
public final class PostgreSQLInsert extends OnConflictInsert<PostgreSQLInsert> {

    PostgreSQLInsert(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning) {
        super(insert, clause, returning);
    }

    @Override
    protected PostgreSQLInsert copy(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning) {
        return new PostgreSQLInsert(insert, clause, returning);
    }
}
