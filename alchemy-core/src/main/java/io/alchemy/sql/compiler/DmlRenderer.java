package io.alchemy.sql.compiler;

import io.alchemy.exc.CompileError;
import io.alchemy.sql.BindParameter;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Delete;
import io.alchemy.sql.DmlStatement;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Insert;
import io.alchemy.sql.SelectColumn;
import io.alchemy.sql.StatementKind;
import io.alchemy.sql.TableClause;
import io.alchemy.sql.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders INSERT, UPDATE and DELETE on one line: columns in table order (values given, or named by the execution
 * parameters), plain values as parameters named after their column ({@code :fullname}), other tables in the
 * criteria as {@code UPDATE … FROM} / {@code DELETE … USING}, RETURNING last.
 */
final class DmlRenderer {
    private final StatementCompiler compiler;

    DmlRenderer(StatementCompiler compiler) {
        this.compiler = compiler;
    }

    String insert(Insert insert) {
        String dml = "INSERT INTO " + compiler.tableName(insert.table()) + insertValues(insert, "");
        return returning(insert, dml, compiler.mode.recordsResult);
    }

    /**
     * What follows an INSERT's table name: the column list, {@code beforeValues} (H2's {@code KEY (…)}), then the
     * VALUES or the SELECT.
     */
    String insertValues(Insert insert, String beforeValues) {
        TableClause table = insert.table();
        StringBuilder sql = new StringBuilder();
        if (insert.fromSelect() != null) {
            sql.append(" (").append(columnNames(insert.fromSelectColumns())).append(")").append(beforeValues)
                    .append(" ").append(compiler.selects().nested(insert.fromSelect(), SelectMode.PLAIN));
        } else if (!insert.rows().isEmpty()) {
            List<ColumnClause<?>> columns = multiRowColumns(insert);
            sql.append(" (").append(columnNames(columns)).append(")").append(beforeValues).append(" VALUES ")
                    .append(String.join(", ", multiRowValues(insert, columns)));
        } else {
            List<ColumnClause<?>> columns = withDefaults(table, insertColumns(insert));
            if (insert.returningList().isEmpty()) {
                compiler.generatedKeys = PrimaryKeys.generatedBy(table, columns);
            }
            if (columns.isEmpty()) {
                sql.append(beforeValues).append(compiler.defaultValues());
            } else {
                String tuple = "(" + values(columns, insert.valueMap(), "") + ")";
                sql.append(" (").append(columnNames(columns)).append(")").append(beforeValues)
                        .append(compiler.valuesTuple == null ? " VALUES " + tuple
                                : compiler.valuesTuple.mark(insert, columns, tuple));
            }
        }
        return sql.toString();
    }

    /** The columns of a multi-row VALUES: those of its first row and those with a Java-side default. */
    List<ColumnClause<?>> multiRowColumns(Insert insert) {
        return withDefaults(insert.table(), inTableOrder(insert.table(), insert.rows().get(0).keySet()));
    }

    /** Each row of a multi-row VALUES as {@code (…)}; default parameters of row i are named {@code key_m<i>}. */
    List<String> multiRowValues(Insert insert, List<ColumnClause<?>> columns) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < insert.rows().size(); i++) {
            rows.add("(" + values(columns, insert.rows().get(i), "_m" + i) + ")");
        }
        return rows;
    }

    /** The given columns plus those named by the execution parameters, in table order; all when only displayed. */
    List<ColumnClause<?>> insertColumns(Insert insert) {
        Set<String> keys = compiler.options().parameterKeys();
        if (keys == null && !insert.hasValues()) {
            return insert.table().columns();
        }
        List<ColumnClause<?>> columns = new ArrayList<>();
        Set<String> explicit = keys == null ? Set.of() : compiler.statement().explicitParameterNames();
        for (ColumnClause<?> column : insert.table().columns()) {
            if (insert.valueMap().containsKey(column)) {
                columns.add(column);
            } else if (keys != null && keys.contains(column.key())) {
                if (explicit.contains(column.key())) {
                    // the parameter would be both this column's value and the explicit bindparam's: refuse
                    throw new io.alchemy.exc.CompileError("bindparam() name '" + column.key() + "' is reserved for "
                            + "automatic usage in the VALUES or SET clause of this insert/update statement. Please "
                            + "use a name other than column name when using bindparam() with insert() or update() "
                            + "(for example, 'b_" + column.key() + "').");
                }
                columns.add(column);
            }
        }
        return columns;
    }

    /** The columns plus those of the table with a Java-side default, in table order. */
    static List<ColumnClause<?>> withDefaults(TableClause table, List<ColumnClause<?>> columns) {
        List<ColumnClause<?>> all = new ArrayList<>();
        for (ColumnClause<?> column : table.columns()) {
            if (columns.contains(column) || ColumnDefaults.forInsert(column, column.key()) != null) {
                all.add(column);
            }
        }
        return all;
    }

    /**
     * One row's values; a column without a given value takes its Java-side default (a parameter named
     * {@code key + suffix}) or a parameter named after the column.
     */
    String values(List<ColumnClause<?>> columns, Map<ColumnClause<?>, ColumnElement<?>> given, String suffix) {
        List<String> values = new ArrayList<>();
        for (ColumnClause<?> column : columns) {
            ColumnElement<?> value = given.get(column);
            if (value == null) {
                value = ColumnDefaults.forInsert(column, column.key() + suffix);
            }
            values.add(value(column, value));
        }
        return String.join(", ", values);
    }

    /** A column's value: the given expression (grouped when compound), or a parameter named after the column. */
    private String value(ColumnClause<?> column, ColumnElement<?> given) {
        if (given == null) {
            return compiler.render(BindParameter.named(column.key(), column.type()));
        }
        return compiler.expressions().groupedIfCompound(given);
    }

    String update(Update update) {
        TableClause table = update.table();
        List<FromClause> others = otherFroms(table, update.whereList(), update.valueMap().values());
        Scope scope = compiler.scope.nested(List.of(), withTable(table, others));
        boolean top = compiler.mode.recordsResult;
        return compiler.inScope(scope, SelectMode.PLAIN, () -> {
            String set = setClause(update, compiler.qualifySetColumns(!others.isEmpty()), others);
            compiler.require(others.isEmpty() || compiler.dialect().supportsMultiTableUpdate(),
                    "UPDATE with other tables in its criteria");
            String head = others.isEmpty() ? "UPDATE " + compiler.tableName(table) + " SET " + set
                    : compiler.updateWithFroms(compiler.tableName(table), set, render(others));
            return returning(update, head + where(update.whereList()), top);
        });
    }

    private String setClause(Update update, boolean qualified, List<FromClause> others) {
        Map<ColumnClause<?>, ColumnElement<?>> values = setValues(update);
        if (values.isEmpty()) {
            throw new CompileError("UPDATE of '" + update.table().fullName() + "' has no values to SET: give "
                    + "values() or execution parameters named after its columns");
        }
        checkSetTables(update, values.keySet(), others);
        List<String> set = new ArrayList<>();
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> entry : values.entrySet()) {
            ColumnClause<?> column = entry.getKey();
            String target = qualified ? compiler.render(column) : compiler.quote(column.name());
            set.add(target + "=" + value(column, entry.getValue()));
        }
        return String.join(", ", set);
    }

    /** Columns of other tables in SET only where the dialect qualifies SET columns (MySQL's multi-table UPDATE). */
    private void checkSetTables(Update update, Set<ColumnClause<?>> columns, List<FromClause> froms) {
        Set<String> others = new java.util.TreeSet<>();
        Set<String> missing = new java.util.TreeSet<>();
        for (ColumnClause<?> column : columns) {
            if (column.table() != update.table()) {
                others.add("'" + column.table().fullName() + "'");
                if (!froms.contains(column.table())) {
                    missing.add("'" + column.table().fullName() + "'");
                }
            }
        }
        if (!others.isEmpty() && !compiler.dialect().supportsMultiTableUpdateSet()) {
            throw new CompileError("The " + compiler.dialect().name() + " dialect does not support additional tables "
                    + "in the SET clause; cannot include columns from table(s) " + String.join(", ", others)
                    + " in SET clause");
        }
        // a SET column of a table the criteria don't name would update that whole table (a cross join)
        if (!missing.isEmpty() && froms.isEmpty()) {
            throw new CompileError("Statement is not a multi-table UPDATE statement; cannot include columns from "
                    + "table(s) " + String.join(", ", missing) + " in SET clause");
        }
        if (!missing.isEmpty()) {
            throw new CompileError("Multi-table UPDATE statement does not include table(s) " + String.join(", ", missing));
        }
    }

    /**
     * The SET columns: other tables' columns first (MySQL multi-table), then the table's in table order, given
     * ones and those named by the parameters (not the names of the statement's own bindparams); all columns when
     * only displayed.
     */
    private Map<ColumnClause<?>, ColumnElement<?>> setValues(Update update) {
        Map<ColumnClause<?>, ColumnElement<?>> given = update.valueMap();
        if (update.isOrdered()) {
            return given;
        }
        Map<ColumnClause<?>, ColumnElement<?>> result = new LinkedHashMap<>();
        given.forEach((column, value) -> {
            if (column.table() != update.table()) {
                result.put(column, value);
            }
        });
        Set<String> keys = compiler.options().parameterKeys();
        boolean displayAll = keys == null && given.isEmpty();
        Set<String> explicit = compiler.statement().explicitParameterNames();
        for (ColumnClause<?> column : update.table().columns()) {
            if (given.containsKey(column)) {
                result.put(column, given.get(column));
            } else if (ColumnDefaults.forUpdate(column) != null) {
                result.put(column, ColumnDefaults.forUpdate(column));
            } else if (displayAll || keys != null && keys.contains(column.key()) && !explicit.contains(column.key())) {
                result.put(column, null);
            }
        }
        return result;
    }

    String delete(Delete delete) {
        TableClause table = delete.table();
        List<FromClause> others = otherFroms(table, delete.whereList(), List.of());
        Scope scope = compiler.scope.nested(List.of(), withTable(table, others));
        boolean top = compiler.mode.recordsResult;
        return compiler.inScope(scope, SelectMode.PLAIN, () -> {
            if (!others.isEmpty() && !delete.returningList().isEmpty()) {
                compiler.checkMultiTableReturning(StatementKind.DELETE);
            }
            compiler.require(others.isEmpty() || compiler.dialect().supportsMultiTableDelete(),
                    "DELETE with other tables in its criteria");
            String head = others.isEmpty() ? "DELETE FROM " + compiler.tableName(table)
                    : compiler.deleteWithFroms(compiler.tableName(table), render(others));
            return returning(delete, head + where(delete.whereList()), top);
        });
    }

    private String where(List<ColumnElement<?>> criteria) {
        return criteria.isEmpty() ? "" : " WHERE " + compiler.selects().criteria(criteria);
    }

    /** {@code dml} with the statement's RETURNING columns, as the dialect writes it; {@code dml} alone without any. */
    String returning(DmlStatement statement, String dml, boolean recordResult) {
        if (statement.returningList().isEmpty()) {
            return dml;
        }
        compiler.checkReturning(statement.kind());
        List<SelectColumn> columns = SelectColumn.listOf(statement.returningList());
        String rendered = compiler.withQualification(compiler.qualifyReturningColumns(),
                () -> compiler.selects().columnsClause(columns, false, recordResult));
        return compiler.returningStatement(statement.kind(), dml, rendered);
    }

    /** The FROM elements the criteria and values refer to besides the target table. */
    private List<FromClause> otherFroms(TableClause table, List<ColumnElement<?>> where,
            java.util.Collection<ColumnElement<?>> values) {
        List<FromClause> others = new ArrayList<>();
        for (ColumnElement<?> element : where) {
            element.collectFroms(f -> addOther(others, table, f));
        }
        for (ColumnElement<?> element : values) {
            element.collectFroms(f -> addOther(others, table, f));
        }
        return others;
    }

    private void addOther(List<FromClause> others, TableClause table, FromClause from) {
        if (from != table && !others.contains(from) && !compiler.scope.visibleFroms().contains(from)) {
            others.add(from);
        }
    }

    private static List<FromClause> withTable(TableClause table, List<FromClause> others) {
        List<FromClause> all = new ArrayList<>();
        all.add(table);
        all.addAll(others);
        return all;
    }

    private List<String> render(List<FromClause> froms) {
        List<String> rendered = new ArrayList<>();
        for (FromClause from : froms) {
            rendered.add(compiler.render(from));
        }
        return rendered;
    }

    String columnNames(List<ColumnClause<?>> columns) {
        List<String> names = new ArrayList<>();
        for (ColumnClause<?> column : columns) {
            names.add(compiler.quote(column.name()));
        }
        return String.join(", ", names);
    }

    private static List<ColumnClause<?>> inTableOrder(TableClause table, Set<ColumnClause<?>> columns) {
        List<ColumnClause<?>> ordered = new ArrayList<>();
        for (ColumnClause<?> column : table.columns()) {
            if (columns.contains(column)) {
                ordered.add(column);
            }
        }
        return ordered;
    }
}
