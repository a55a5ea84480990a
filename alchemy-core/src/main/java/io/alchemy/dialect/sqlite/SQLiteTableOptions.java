package io.alchemy.dialect.sqlite;

import io.alchemy.schema.DialectTableOptions;

/**
 * SQLite's options of a table, given among its elements ({@code SQLiteTableOptions.create().withoutRowid().strict()}),
 * SQLAlchemy's {@code sqlite_with_rowid=False} and {@code sqlite_strict=True}: {@code CREATE TABLE … WITHOUT ROWID,
 * STRICT}. Immutable; the other dialects ignore it.
 */
public final class SQLiteTableOptions implements DialectTableOptions {
    private final boolean withoutRowid;
    private final boolean strict;

    private SQLiteTableOptions(boolean withoutRowid, boolean strict) {
        this.withoutRowid = withoutRowid;
        this.strict = strict;
    }

    /** No options yet. */
    public static SQLiteTableOptions create() {
        return new SQLiteTableOptions(false, false);
    }

    /** {@code WITHOUT ROWID}: the table is stored by its primary key, which it must have. */
    public SQLiteTableOptions withoutRowid() {
        return new SQLiteTableOptions(true, strict);
    }

    /** {@code STRICT}: values must match the declared column types (SQLite 3.37). */
    public SQLiteTableOptions strict() {
        return new SQLiteTableOptions(withoutRowid, true);
    }

    /** Whether the table is WITHOUT ROWID. */
    public boolean isWithoutRowid() {
        return withoutRowid;
    }

    /** Whether the table is STRICT. */
    public boolean isStrict() {
        return strict;
    }

    @Override
    public String toString() {
        return "SQLiteTableOptions(withoutRowid=" + withoutRowid + ", strict=" + strict + ")";
    }
}
