package io.alchemy.sql.compiler;

import io.alchemy.dialect.Dialect;
import io.alchemy.exc.CompileError;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Insert;
import io.alchemy.sql.InsertManyValues;
import io.alchemy.sql.ResultColumn;
import io.alchemy.sql.StatementKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The insertmanyvalues plan of a dialect without RETURNING (MySQL): one INSERT per parameter set, asking the driver
 * for the generated key, and each RETURNING column taken from that key (the table's autoincrement column) or from
 * the value the parameter set gave the column. Anything else cannot be known without RETURNING: a
 * {@link CompileError} naming the dialect and the column.
 */
final class ReturningEmulation {
    private ReturningEmulation() {
    }

    static InsertManyValues plan(Dialect dialect, Insert insert, CompileOptions options) {
        if (insert.fromSelect() != null || !insert.rows().isEmpty()) {
            throw unsupported(dialect, "an INSERT … SELECT or multi-row VALUES");
        }
        Compiled compiled = withoutReturning(insert).compile(dialect, options);
        if (!compiled.expandingBinds().isEmpty()) {
            throw unsupported(dialect, "an INSERT with expanding parameters");
        }
        List<ResultColumn> columns = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        for (ColumnElement<?> element : insert.returningList()) {
            if (!(element instanceof ColumnClause<?> column) || column.table() != insert.table()) {
                throw unsupported(dialect, element.toString());
            }
            int source = isGenerated(compiled, column) ? -1 : givenSlot(insert, compiled, column);
            if (source == -2) {
                throw unsupported(dialect, "column " + column.name() + ", which the INSERT neither generates nor gives");
            }
            columns.add(new ResultColumn(column.name(), column.type()));
            sources.add(source);
        }
        Compiled rowForm = new Compiled(compiled.sql(), compiled.binds(), columns, compiled.generatedKeys(),
                StatementKind.INSERT, compiled.literalBindNames(), Map.of());
        return InsertManyValues.emulatedReturning(rowForm, sources);
    }

    private static boolean isGenerated(Compiled compiled, ColumnClause<?> column) {
        return compiled.generatedKeys().stream().anyMatch(key -> key.name().equals(column.name()));
    }

    /** The slot holding the parameter value of {@code column}, or {@code -2} when the column gets no parameter. */
    private static int givenSlot(Insert insert, Compiled compiled, ColumnClause<?> column) {
        if (insert.valueMap().get(column) != null) {
            return -2;
        }
        for (int i = 0; i < compiled.binds().size(); i++) {
            if (compiled.binds().get(i).name().equals(column.key())) {
                return i;
            }
        }
        return -2;
    }

    /** The same INSERT without RETURNING: the same values, so the same carried parameters in the same order. */
    private static Insert withoutReturning(Insert insert) {
        Insert base = Insert.into(insert.table());
        if (insert.hasValues()) {
            base = base.values();
            for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : insert.valueMap().entrySet()) {
                base = base.values(entry.getKey(), entry.getValue());
            }
        }
        return base;
    }

    private static CompileError unsupported(Dialect dialect, String what) {
        return new CompileError("RETURNING is not supported by the " + dialect.name() + " dialect; an executemany "
                + "INSERT there returns only its generated key and the values it inserts, not " + what);
    }
}
