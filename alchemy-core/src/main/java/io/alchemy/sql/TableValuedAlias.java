package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import java.util.ArrayList;
import java.util.List;

/**
 * A table-valued function used as a FROM element, {@code json_each(?) AS anon_1}, with named columns
 * ({@code func.call("json_each", json).tableValued("value")}, then {@code .c("value")}).
 */
public final class TableValuedAlias extends AliasedFrom {
    private final SqlFunction<?> function;

    TableValuedAlias(SqlFunction<?> function, String name, List<String> columnNames) {
        super(name, columns(columnNames));
        this.function = function;
    }

    private static List<SelectColumn> columns(List<String> names) {
        if (names.isEmpty()) {
            throw new ArgumentError("tableValued() needs the names of the function's result columns");
        }
        List<SelectColumn> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(new SelectColumn(new ColumnClause<>(name, null), name, null, name, false));
        }
        return columns;
    }

    /** The function. */
    public SqlFunction<?> function() {
        return function;
    }

    /** The same function under a given alias name. */
    public TableValuedAlias alias(String aliasName) {
        return new TableValuedAlias(function, SelectBase.requireName(aliasName),
                columns().stream().map(DerivedColumn::key).toList());
    }

    @Override
    public String anonymousBase() {
        return "anon";
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitTableValued(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name()).add(function).add(columns().stream().map(DerivedColumn::key).toList());
    }
}
