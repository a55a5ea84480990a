package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.ReflectedTypes;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.Locale;

/**
 * Maps a column's declared type in SQLite to an Alchemy type: known spellings directly, the others by SQLite's
 * affinity rules (INT → INTEGER, CHAR/CLOB/TEXT → TEXT, BLOB or none → LARGE_BINARY / no type, REAL/FLOA/DOUB →
 * FLOAT, else NUMERIC), as SQLAlchemy does.
 */
final class SQLiteTypes {
    private SQLiteTypes() {
    }

    static SqlType<?> fromDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            return Types.NULLTYPE;
        }
        SqlType<?> known = ReflectedTypes.fromSqlOrNull(declared);
        if (known != null) {
            return known;
        }
        String upper = declared.toUpperCase(Locale.ROOT);
        if (upper.contains("INT")) {
            return Types.INTEGER;
        }
        if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
            return Types.TEXT;
        }
        if (upper.contains("BLOB")) {
            return Types.LARGE_BINARY;
        }
        if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
            return Types.FLOAT;
        }
        return Types.NUMERIC;
    }
}
