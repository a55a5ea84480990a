package io.alchemy.schema;

import io.alchemy.exc.ArgumentError;
import org.jspecify.annotations.Nullable;

/**
 * A generated column's expression (SQLAlchemy's {@code Computed}): {@code GENERATED ALWAYS AS (sql) [STORED |
 * VIRTUAL]}, given with {@link Column#computed(Computed)}. The expression is SQL text written as it is, never user
 * input. {@code persisted} {@code true} is STORED, {@code false} VIRTUAL, unset the database's default; a database
 * without the asked kind refuses it.
 */
public final class Computed {
    private final String sqlText;
    private final @Nullable Boolean persisted;

    private Computed(String sqlText, @Nullable Boolean persisted) {
        this.sqlText = sqlText;
        this.persisted = persisted;
    }

    /** A generated column of this SQL expression ({@code "x + 2"}), of the database's default kind. */
    public static Computed of(String sqlText) {
        if (sqlText == null || sqlText.isBlank()) {
            throw new ArgumentError("A computed column needs its SQL expression");
        }
        return new Computed(sqlText, null);
    }

    /** STORED ({@code true}) or VIRTUAL ({@code false}). */
    public Computed persisted(boolean stored) {
        return new Computed(sqlText, stored);
    }

    /** The SQL expression. */
    public String sqlText() {
        return sqlText;
    }

    /** STORED ({@code true}), VIRTUAL ({@code false}) or the database default ({@code null}). */
    public @Nullable Boolean persisted() {
        return persisted;
    }

    @Override
    public String toString() {
        return "Computed('" + sqlText + "'" + (persisted == null ? "" : ", persisted=" + persisted) + ")";
    }
}
