package io.alchemy.sql.compiler;

import io.alchemy.dialect.Dialect;
import io.alchemy.exc.CompileError;
import io.alchemy.types.SqlType;

/** The name of a SQL type as CAST writes it, from the dialect's type compiler. */
final class TypeNames {
    private TypeNames() {
    }

    static String castTypeOf(Dialect dialect, SqlType<?> type) {
        throw new CompileError("CAST to " + type + " cannot be rendered yet: the " + dialect.name()
                + " dialect's type compiler has no name for it");
    }
}
