package io.alchemy.sql.compiler;

import io.alchemy.dialect.Dialect;
import io.alchemy.schema.Column;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Insert;
import io.alchemy.sql.InsertManyValues.Ordering;
import io.alchemy.sql.InsertManyValues;
import io.alchemy.sql.Statement;
import io.alchemy.sql.StatementKind;
import io.alchemy.types.IntegerType;
import io.alchemy.types.NullType;
import io.alchemy.types.SqlType;
import io.alchemy.types.StringType;
import io.alchemy.types.TypeDecorator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles the insertmanyvalues plan of an executemany {@code INSERT … VALUES (…) RETURNING …}. The rows must come
 * back in parameter order, so a batch needs a sentinel that identifies each returned row:
 * <ul>
 * <li>the table's autoincrement key, when the INSERT leaves it to the database and the dialect assigns it in row
 * order ({@link InsertSentinelSupport}): rows are sorted by it; PostgreSQL's batch is
 * {@code INSERT … SELECT … FROM (VALUES (…, 0), (…, 1)) AS imp_sen(p0, …, sen_counter) ORDER BY sen_counter};</li>
 * <li>else the primary key, when every parameter set gives it: rows are matched by its values;</li>
 * <li>else none: one INSERT per parameter set ("batch not supported").</li>
 * </ul>
 * The sentinel columns are added to RETURNING when the statement does not return them. Only a single-row VALUES whose
 * parameters all sit inside the row can be batched. A dialect without RETURNING gets {@link ReturningEmulation}.
 */
public final class InsertManyValuesCompiler {
    private InsertManyValuesCompiler() {
    }

    /** The plan for running {@code statement} with many parameter sets on {@code dialect}. */
    public static InsertManyValues compile(Dialect dialect, Statement statement, CompileOptions options) {
        if (!(statement instanceof Insert insert) || insert.returningList().isEmpty()) {
            return InsertManyValues.ONE_ROW_PER_STATEMENT;
        }
        if (!dialect.supportsReturning()) {
            return ReturningEmulation.plan(dialect, insert, options);
        }
        if (insert.fromSelect() != null || !insert.rows().isEmpty()) {
            return InsertManyValues.ONE_ROW_PER_STATEMENT;
        }
        Template probe = Template.of(dialect, insert, insert, options);
        if (probe == null) {
            return InsertManyValues.ONE_ROW_PER_STATEMENT;
        }
        InsertSentinelSupport support = probe.compiler.insertSentinelSupport();
        Column<?> generated = generatedSentinel(insert, probe.columns, support);
        List<ColumnClause<?>> sentinel = generated != null ? List.of(generated) : clientSentinel(insert, probe.columns);
        if (sentinel.isEmpty()) {
            return InsertManyValues.ONE_ROW_PER_STATEMENT;
        }
        List<Object> missing = new ArrayList<>();
        for (ColumnClause<?> column : sentinel) {
            if (indexOf(insert.returningList(), column) < 0) {
                missing.add(column);
            }
        }
        Insert withSentinel = missing.isEmpty() ? insert : insert.returning(missing.toArray());
        Template template = Template.of(dialect, withSentinel, withSentinel, options);
        if (template == null || template.rowForm.resultColumns().size() != withSentinel.returningList().size()) {
            return InsertManyValues.ONE_ROW_PER_STATEMENT;
        }
        List<Integer> sentinelColumns = new ArrayList<>();
        List<Integer> sentinelSlots = new ArrayList<>();
        for (ColumnClause<?> column : sentinel) {
            sentinelColumns.add(indexOf(withSentinel.returningList(), column));
            if (generated == null) {
                sentinelSlots.add(slotOf(template.rowForm, column.key()));
            }
        }
        if (sentinelSlots.contains(-1)) {
            return InsertManyValues.ONE_ROW_PER_STATEMENT;
        }
        int visible = insert.returningList().size();
        if (generated != null && support == InsertSentinelSupport.INSERT_FROM_SELECT) {
            return new InsertManyValues(Ordering.GENERATED_KEY, template.rowForm,
                    template.head + " SELECT " + selectList(template) + " FROM (VALUES ", template.row,
                    ") AS imp_sen(" + names(template.columns.size()) + "sen_counter) ORDER BY sen_counter"
                            + template.tail, true, visible, sentinelColumns, List.of());
        }
        return new InsertManyValues(generated != null ? Ordering.GENERATED_KEY : Ordering.SENTINEL_VALUES,
                template.rowForm, template.head + " VALUES ", template.row, template.tail, false, visible,
                sentinelColumns, sentinelSlots);
    }

    /** The autoincrement key the INSERT leaves to the database, when the dialect assigns it in row order. */
    private static Column<?> generatedSentinel(Insert insert, List<ColumnClause<?>> columns,
            InsertSentinelSupport support) {
        if (support == InsertSentinelSupport.NONE || !(insert.table() instanceof Table table)) {
            return null;
        }
        Column<?> generated = table.autoincrementColumn();
        boolean usable = generated != null && !columns.contains(generated) && generated.type() instanceof IntegerType;
        return usable ? generated : null;
    }

    /** The primary key, when every row gives all its columns as parameters; empty otherwise. */
    private static List<ColumnClause<?>> clientSentinel(Insert insert, List<ColumnClause<?>> columns) {
        if (!(insert.table() instanceof Table table) || table.primaryKey().isEmpty()) {
            return List.of();
        }
        List<ColumnClause<?>> key = new ArrayList<>(table.primaryKey().columns());
        for (ColumnClause<?> column : key) {
            if (!columns.contains(column) || insert.valueMap().get(column) != null) {
                return List.of();
            }
        }
        return key;
    }

    /** PostgreSQL's SELECT list over the numbered VALUES: {@code p0, CAST(p1 AS INTEGER), …}. */
    private static String selectList(Template template) {
        List<String> select = new ArrayList<>();
        for (int i = 0; i < template.columns.size(); i++) {
            String cast = castType(template.compiler, template.columns.get(i).type());
            select.add(cast == null ? "p" + i : "CAST(p" + i + " AS " + cast + ")");
        }
        return String.join(", ", select);
    }

    /**
     * The type a VALUES column is cast to before it is inserted ({@code null}: none). Strings stay as they are, since
     * a cast to {@code VARCHAR(n)} would cut long values where the INSERT must fail.
     */
    private static String castType(StatementCompiler compiler, SqlType<?> type) {
        SqlType<?> base = type instanceof TypeDecorator<?, ?> decorator ? decorator.impl() : type;
        if (base == null || base instanceof StringType || base instanceof NullType) {
            return null;
        }
        return compiler.castType(base);
    }

    private static String names(int count) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < count; i++) {
            names.append('p').append(i).append(", ");
        }
        return names.toString();
    }

    private static int indexOf(List<ColumnElement<?>> elements, ColumnClause<?> column) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == column) {
                return i;
            }
        }
        return -1;
    }

    private static int slotOf(Compiled rowForm, String name) {
        for (int i = 0; i < rowForm.binds().size(); i++) {
            if (rowForm.binds().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A statement compiled with its VALUES row marked, split into the SQL before, the row and the SQL after. */
    private record Template(StatementCompiler compiler, List<ColumnClause<?>> columns, String head, String row,
            String tail, Compiled rowForm) {

        /** The template, or {@code null} when the row cannot be repeated (no row, parameters outside it). */
        static Template of(Dialect dialect, Statement statement, Insert target, CompileOptions options) {
            StatementCompiler compiler = StatementCompiler.of(dialect, options);
            ValuesTupleMarker marker = new ValuesTupleMarker(target);
            compiler.valuesTuple = marker;
            String text = compiler.renderText(statement);
            int start = text.indexOf(ValuesTupleMarker.START);
            int end = text.indexOf(ValuesTupleMarker.END);
            if (!marker.marked() || start < 0 || end < start || text.indexOf(ValuesTupleMarker.START, start + 1) >= 0) {
                return null;
            }
            boolean named = compiler.usesNamedParameters();
            BindMarkers.Result head = compiler.binds.finish(text.substring(0, start), named, null);
            BindMarkers.Result row = compiler.binds.finish(text.substring(start + 1, end), named, null);
            BindMarkers.Result tail = compiler.binds.finish(text.substring(end + 1), named, null);
            if (!head.slots().isEmpty() || !tail.slots().isEmpty() || !row.expanding().isEmpty()) {
                return null;
            }
            Compiled rowForm = new Compiled(head.sql() + " VALUES " + row.sql() + tail.sql(), row.slots(),
                    compiler.resultColumns, List.of(), StatementKind.INSERT,
                    compiler.binds.namesOf(statement.carriedParameters()), Map.of());
            return new Template(compiler, marker.columns(), head.sql(), row.sql(), tail.sql(), rowForm);
        }
    }
}
