package io.alchemy.dialect.mysql;

import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Insert;
import io.alchemy.sql.Upsert;
import io.alchemy.sql.UpsertClause;
import java.util.List;
import java.util.Map;

/**
 * MySQL's and MariaDB's INSERT with {@code ON DUPLICATE KEY UPDATE} (SQLAlchemy's
 * {@code sqlalchemy.dialects.mysql.insert}); made by {@link MySQLDml#insert}. The new values may refer to the
 * proposed row through {@link #inserted()} ({@code VALUES(column)}). Immutable and generative.
 */
public final class MySQLInsert extends Upsert {

    MySQLInsert(Insert insert, UpsertClause.OnDuplicateKeyUpdate clause, List<ColumnElement<?>> returning) {
        super(insert, clause, returning);
    }

    private UpsertClause.OnDuplicateKeyUpdate onDuplicate() {
        return (UpsertClause.OnDuplicateKeyUpdate) clause();
    }

    /** The proposed row: {@code inserted().c("fullname")} renders {@code VALUES(fullname)}. */
    public InsertedRow inserted() {
        return new InsertedRow(table());
    }

    /** Values by column key, as {@link Insert#values(Map)}. */
    public MySQLInsert values(Map<String, ?> columnValues) {
        return new MySQLInsert(insert().values(columnValues), onDuplicate(), returningList());
    }

    /** One value for one column, as {@link Insert#values(ColumnClause, Object)}. */
    public MySQLInsert values(ColumnClause<?> column, Object value) {
        return new MySQLInsert(insert().values(column, value), onDuplicate(), returningList());
    }

    /** A multi-row VALUES, as {@link Insert#values(List)}. */
    public MySQLInsert values(List<? extends Map<String, ?>> rows) {
        return new MySQLInsert(insert().values(rows), onDuplicate(), returningList());
    }

    /** {@code RETURNING columns…} (MariaDB only; tables stand for all their columns). */
    public MySQLInsert returning(Object... columns) {
        return new MySQLInsert(insert(), onDuplicate(), withReturning(columns));
    }

    /**
     * {@code ON DUPLICATE KEY UPDATE column = value, …} in the map's order: keys are column keys or columns; values
     * are plain values (bound as parameters) or SQL expressions such as {@code inserted().c("name")}.
     */
    public MySQLInsert onDuplicateKeyUpdate(Map<?, ?> set) {
        if (clause() != null) {
            throw new io.alchemy.exc.ArgumentError(
                    "This Insert construct already has an ON DUPLICATE KEY clause present");
        }
        return new MySQLInsert(insert(), new UpsertClause.OnDuplicateKeyUpdate(setValues(set)), returningList());
    }
}
