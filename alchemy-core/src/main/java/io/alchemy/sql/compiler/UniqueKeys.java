package io.alchemy.sql.compiler;

import io.alchemy.exc.CompileError;
import io.alchemy.schema.Column;
import io.alchemy.schema.ColumnCollectionConstraint;
import io.alchemy.schema.Constraint;
import io.alchemy.schema.Index;
import io.alchemy.schema.PrimaryKeyConstraint;
import io.alchemy.schema.UniqueConstraint;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.TableClause;
import io.alchemy.sql.UpsertClause;
import java.util.ArrayList;
import java.util.List;

/**
 * The column sets an {@code ON CONFLICT} arbitrates on, for dialects that emulate it with a standard MERGE: the
 * index elements (plain columns), the named constraint's columns, or, without a target, every unique key of the
 * table (primary key, unique constraints and columns, unique indexes) whose columns are all inserted.
 */
final class UniqueKeys {
    private UniqueKeys() {
    }

    static List<List<ColumnClause<?>>> of(UpsertClause.OnConflict clause, TableClause table,
            List<ColumnClause<?>> inserted) {
        if (clause.indexWhere() != null) {
            throw new CompileError("ON CONFLICT with a partial-index predicate (WHERE) cannot be emulated with MERGE");
        }
        if (clause.constraint() != null) {
            return List.of(constraintColumns(clause.constraint(), table));
        }
        if (!clause.indexElements().isEmpty()) {
            List<ColumnClause<?>> columns = new ArrayList<>();
            for (ColumnElement<?> element : clause.indexElements()) {
                if (!(element instanceof ColumnClause<?> column) || column.table() != table) {
                    throw new CompileError("ON CONFLICT emulated with MERGE needs plain columns of '" + table.fullName()
                            + "' as index elements; got " + element);
                }
                columns.add(column);
            }
            return List.of(columns);
        }
        List<List<ColumnClause<?>>> keys = new ArrayList<>();
        if (table instanceof Table schemaTable) {
            for (List<Column<?>> key : declaredKeys(schemaTable)) {
                if (inserted.containsAll(key)) {
                    keys.add(List.copyOf(key));
                }
            }
        }
        if (keys.isEmpty()) {
            throw new CompileError("ON CONFLICT DO NOTHING without a conflict target, emulated with MERGE, needs a "
                    + "primary key or unique key of '" + table.fullName() + "' among the inserted columns");
        }
        return keys;
    }

    private static List<ColumnClause<?>> constraintColumns(String name, TableClause table) {
        if (table instanceof Table schemaTable) {
            for (Constraint constraint : schemaTable.constraints()) {
                if (name.equals(constraint.name()) && isUnique(constraint)) {
                    return List.copyOf(((ColumnCollectionConstraint) constraint).columns());
                }
            }
            for (Index index : schemaTable.indexes()) {
                if (index.isUnique() && name.equals(index.name())) {
                    return List.copyOf(index.columns());
                }
            }
        }
        throw new CompileError("ON CONFLICT ON CONSTRAINT " + name + ": table '" + table.fullName()
                + "' declares no unique constraint of that name");
    }

    private static boolean isUnique(Constraint constraint) {
        return constraint instanceof PrimaryKeyConstraint || constraint instanceof UniqueConstraint;
    }

    private static List<List<Column<?>>> declaredKeys(Table table) {
        List<List<Column<?>>> keys = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            if (isUnique(constraint)) {
                keys.add(((ColumnCollectionConstraint) constraint).columns());
            }
        }
        for (Column<?> column : table.tableColumns()) {
            if (column.isUnique()) {
                keys.add(List.of(column));
            }
        }
        for (Index index : table.indexes()) {
            if (index.isUnique()) {
                keys.add(index.columns());
            }
        }
        return keys;
    }
}
