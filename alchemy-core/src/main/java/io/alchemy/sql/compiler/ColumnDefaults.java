package io.alchemy.sql.compiler;

import io.alchemy.schema.Column;
import io.alchemy.schema.ColumnDefault;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ComputedValue;

/**
 * The Java-side defaults of the schema's columns: an INSERT that gives no value for a column with a
 * {@code defaultValue} binds the default, an UPDATE that does not SET a column with an {@code onupdate} sets it.
 * A computed default ({@code Supplier}) is produced at execution, once per parameter set.
 */
final class ColumnDefaults {
    private ColumnDefaults() {
    }

    /** The parameter carrying {@code column}'s INSERT default, or {@code null} when it has none. */
    static BindParameter<?> forInsert(ColumnClause<?> column, String parameterName) {
        return column instanceof Column<?> schemaColumn ? parameter(column, schemaColumn.defaultValue(), parameterName) : null;
    }

    /** The parameter carrying {@code column}'s UPDATE default, or {@code null} when it has none. */
    static BindParameter<?> forUpdate(ColumnClause<?> column) {
        return column instanceof Column<?> schemaColumn ? parameter(column, schemaColumn.onupdate(), column.key()) : null;
    }

    private static BindParameter<?> parameter(ColumnClause<?> column, ColumnDefault value, String name) {
        if (value == null) {
            return null;
        }
        Object bound = value.isComputed() ? ComputedValue.of(value, value::produce) : value.produce();
        return BindParameter.named(name, column.type(), bound);
    }
}
