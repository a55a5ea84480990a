package io.alchemy.dialect.mysql;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Functions;
import io.alchemy.sql.TableClause;

/**
 * The row an {@code INSERT … ON DUPLICATE KEY UPDATE} proposed, SQLAlchemy's {@code stmt.inserted}:
 * {@code inserted().c("fullname")} renders {@code VALUES(fullname)}, the value the INSERT gave that column.
 */
public final class InsertedRow {
    private final TableClause table;

    InsertedRow(TableClause table) {
        this.table = table;
    }

    /** The proposed value of the column with this key. */
    public <T> ColumnElement<T> c(String key) {
        @SuppressWarnings("unchecked")
        ColumnClause<T> column = (ColumnClause<T>) table.c(key);
        return Functions.INSTANCE.call("VALUES", column.type(), column);
    }
}
