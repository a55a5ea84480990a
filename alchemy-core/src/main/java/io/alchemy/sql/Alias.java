package io.alchemy.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Another name for a table, {@code user_account AS user_account_1}, so that one table can appear twice in a
 * statement (a self-join). Anonymous aliases are numbered per table in order of appearance.
 */
public final class Alias extends AliasedFrom {
    private final TableClause table;

    Alias(TableClause table, String name) {
        super(name, columnsOf(table));
        this.table = table;
    }

    private static List<SelectColumn> columnsOf(TableClause table) {
        List<SelectColumn> columns = new ArrayList<>();
        for (ColumnClause<?> column : table.columns()) {
            columns.add(new SelectColumn(column, column.name(), null, column.key(), false));
        }
        return columns;
    }

    /** The aliased table. */
    public TableClause table() {
        return table;
    }

    @Override
    public String anonymousBase() {
        return table.name();
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name()).add(table);
    }
}
