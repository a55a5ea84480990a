package io.alchemy.dialect.sqlite;

import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.OnConflictInsert;
import io.alchemy.sql.UpsertClause;
import java.util.List;

/**
 * SQLite's INSERT with {@code ON CONFLICT … DO NOTHING / DO UPDATE} (SQLAlchemy's
 * {@code sqlalchemy.dialects.sqlite.insert}); made by {@link SQLiteDml#insert}. SQLite has no
 * {@code ON CONFLICT ON CONSTRAINT}: its targets are index elements, optionally with a partial-index predicate.
 */
public final class SQLiteInsert extends OnConflictInsert<SQLiteInsert> {

    SQLiteInsert(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning) {
        super(insert, clause, returning);
    }

    @Override
    protected SQLiteInsert copy(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning) {
        return new SQLiteInsert(insert, clause, returning);
    }
}
