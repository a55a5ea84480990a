package io.alchemy.dialect;

import io.alchemy.exc.CompileError;
import io.alchemy.schema.CheckConstraint;
import io.alchemy.schema.Column;
import io.alchemy.schema.ColumnCollectionConstraint;
import io.alchemy.schema.Constraint;
import io.alchemy.schema.ForeignKey;
import io.alchemy.schema.ForeignKeyConstraint;
import io.alchemy.schema.PrimaryKeyConstraint;
import io.alchemy.schema.Table;
import io.alchemy.schema.UniqueConstraint;
import io.alchemy.types.EnumType;
import io.alchemy.types.SqlType;
import io.alchemy.types.TypeDecorator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders table-level constraint clauses as SQLAlchemy does: {@code PRIMARY KEY (id)},
 * {@code FOREIGN KEY(user_id) REFERENCES user_account (id)}, {@code UNIQUE (a, b)}, {@code CHECK (x > 0)},
 * each prefixed by {@code CONSTRAINT name} when named; plus the CHECK that guards a non-native enum column.
 */
public class ConstraintRenderer {
    private final Dialect dialect;
    private final IdentifierPreparer preparer;

    public ConstraintRenderer(Dialect dialect) {
        this.dialect = dialect;
        this.preparer = dialect.identifierPreparer();
    }

    /** The clause for one constraint. */
    public String render(Constraint constraint) {
        String prefix = constraint.name() == null ? "" : "CONSTRAINT " + preparer.quote(constraint.name()) + " ";
        if (constraint instanceof PrimaryKeyConstraint key) {
            return prefix + "PRIMARY KEY (" + key.columnsAutoincrementFirst().stream().map(preparer::formatColumn)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (constraint instanceof ForeignKeyConstraint fk) {
            return prefix + foreignKey(fk);
        }
        if (constraint instanceof UniqueConstraint unique) {
            return prefix + "UNIQUE (" + columns(unique) + ")";
        }
        if (constraint instanceof CheckConstraint check) {
            return prefix + "CHECK (" + check.sqlText() + ")";
        }
        throw new CompileError("Cannot render constraint " + constraint + " on " + dialect.name());
    }

    /** {@code FOREIGN KEY(a) REFERENCES t (b)[ ON DELETE x][ ON UPDATE y]}; the target must be in the MetaData. */
    protected String foreignKey(ForeignKeyConstraint fk) {
        List<String> targetColumns = new ArrayList<>();
        for (ForeignKey key : fk.elements()) {
            targetColumns.add(preparer.formatColumn(key.column()));
        }
        Table target = fk.referredTable();
        return "FOREIGN KEY(" + columns(fk) + ") REFERENCES " + referencedTable(target) + " ("
                + String.join(", ", targetColumns) + ")"
                + (fk.ondelete() == null ? "" : " ON DELETE " + fk.ondelete())
                + (fk.onupdate() == null ? "" : " ON UPDATE " + fk.onupdate());
    }

    /** The table named after REFERENCES: its qualified name. */
    protected String referencedTable(Table target) {
        return preparer.formatTable(target);
    }

    /** {@code CHECK (col IN ('A', 'B'))} for each enum column, unless the dialect has native enums. */
    public List<String> enumChecks(Table table) {
        if (dialect.typeCompiler().nativeEnum()) {
            return List.of();
        }
        List<String> checks = new ArrayList<>();
        for (Column<?> column : table.tableColumns()) {
            if (unwrap(column.type()) instanceof EnumType<?> enumType) {
                checks.add("CHECK (" + enumCheck(preparer.formatColumn(column),
                        enumType.names().stream().map(preparer::literal).toList()) + ")");
            }
        }
        return checks;
    }

    /**
     * The condition that keeps an enum column to its names: {@code status IN ('ACTIVE', 'RETIRED')}, as SQLAlchemy
     * renders it.
     *
     * @param column the column, quoted where needed
     * @param literals the enum's names as SQL string literals
     */
    protected String enumCheck(String column, List<String> literals) {
        return column + " IN (" + String.join(", ", literals) + ")";
    }

    private static SqlType<?> unwrap(SqlType<?> type) {
        SqlType<?> current = type;
        while (current instanceof TypeDecorator<?, ?> decorator) {
            current = decorator.impl();
        }
        return current;
    }

    /** The constraint's columns, quoted where needed, comma-separated. */
    protected String columns(ColumnCollectionConstraint constraint) {
        return constraint.columns().stream().map(preparer::formatColumn).collect(Collectors.joining(", "));
    }
}
