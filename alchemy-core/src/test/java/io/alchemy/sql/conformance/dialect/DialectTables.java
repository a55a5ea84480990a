package io.alchemy.sql.conformance.dialect;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.TableClause;
import io.alchemy.types.SqlType;
import java.util.List;

/** {@code table()} / {@code column()} constructs of SQLAlchemy's dialect compiler tests: no schema, no keys. */
final class DialectTables {
    private DialectTables() {
    }

    static TableClause table(String name, ColumnClause<?>... columns) {
        return new TableClause(name, null, List.of(columns));
    }

    static <T> ColumnClause<T> col(String name, SqlType<T> type) {
        return new ColumnClause<>(name, type);
    }

    static ColumnClause<Object> col(String name) {
        return new ColumnClause<>(name, null);
    }
}
