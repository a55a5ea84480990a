package io.alchemy.sql.compiler;

import io.alchemy.schema.Column;
import io.alchemy.schema.ForeignKey;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnClause;

/**
 * The foreign keys the compiler joins on, read from the schema's columns by name (a key whose target table is not
 * in the MetaData does not prevent joins between other tables).
 */
final class ForeignKeys {
    private ForeignKeys() {
    }

    /** Whether {@code referencing} has a foreign key to {@code candidate}. */
    static boolean references(ColumnClause<?> referencing, ColumnClause<?> candidate) {
        if (!(referencing instanceof Column<?> column) || !(candidate.table() instanceof Table target)) {
            return false;
        }
        for (ForeignKey key : column.foreignKeys()) {
            if (key.references(target) && key.targetColumnName().equals(candidate.name())) {
                return true;
            }
        }
        return false;
    }
}
