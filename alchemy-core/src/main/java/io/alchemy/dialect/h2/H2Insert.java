package io.alchemy.dialect.h2;

import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.OnConflictInsert;
import io.alchemy.sql.UpsertClause;
import java.util.List;

/**
 * PostgreSQL's and SQLite's {@code INSERT … ON CONFLICT} API on H2, made by {@link H2Dml#insert}: H2 has no ON
 * CONFLICT, so it runs as a standard {@code MERGE INTO t USING (VALUES …) AS excluded (…) ON …}, matching on the
 * index elements, the named constraint's columns, or (for DO NOTHING without a target) any unique key.
 */
public final class H2Insert extends OnConflictInsert<H2Insert> {

    H2Insert(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning) {
        super(insert, clause, returning);
    }

    @Override
    protected H2Insert copy(Insert insert, UpsertClause.OnConflict clause, List<ColumnElement<?>> returning) {
        return new H2Insert(insert, clause, returning);
    }
}
