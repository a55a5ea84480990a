package io.alchemy.sql.compiler;

import io.alchemy.sql.ColumnClause;
import java.util.List;

/** The foreign keys the compiler joins on: which columns a column references. */
final class ForeignKeys {
    private ForeignKeys() {
    }

    /** The columns {@code column} references through its foreign keys. */
    static List<ColumnClause<?>> targetsOf(ColumnClause<?> column) {
        return List.of();
    }
}
