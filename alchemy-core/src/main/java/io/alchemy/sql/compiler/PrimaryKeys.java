package io.alchemy.sql.compiler;

import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ResultColumn;
import io.alchemy.sql.TableClause;
import java.util.List;

/** Which generated key an INSERT asks the driver for, so that {@code insertedPrimaryKey()} works. */
final class PrimaryKeys {
    private PrimaryKeys() {
    }

    /**
     * The table's autoincrement primary key column, when the INSERT leaves it to the database (it is not among the
     * inserted columns); empty otherwise.
     */
    static List<ResultColumn> generatedBy(TableClause table, List<? extends ColumnClause<?>> insertedColumns) {
        if (!(table instanceof Table schemaTable)) {
            return List.of();
        }
        Column<?> generated = schemaTable.autoincrementColumn();
        if (generated == null || insertedColumns.contains(generated)) {
            return List.of();
        }
        return List.of(new ResultColumn(generated.name(), generated.type()));
    }
}
