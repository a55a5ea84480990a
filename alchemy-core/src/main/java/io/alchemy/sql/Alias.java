package io.alchemy.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Another name for a table, {@code user_account AS user_account_1}, so that one table can appear twice in a
 * statement (a self-join). Anonymous aliases are numbered per table in order of appearance.
 */
public final class Alias extends AliasedFrom {
    private final TableClause table;
    private final String base;

    Alias(TableClause table, String name) {
        this(table, name, table.name());
    }

    private Alias(TableClause table, String name, String base) {
        super(name, columnsOf(table));
        this.table = table;
        this.base = base;
    }

    /**
     * An alias of this alias: another name for the same table ({@code mytable AS bat}); anonymous, it is numbered
     * after this alias's name ({@code bar_1}), or {@code anon_1} when this one is anonymous too.
     */
    public Alias alias() {
        return new Alias(table, null, name() != null ? name() : "anon");
    }

    /** An alias of this alias named {@code aliasName}: another name for the same table. */
    public Alias alias(String aliasName) {
        return new Alias(table, SelectBase.requireName(aliasName), base);
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
        return base;
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitAlias(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name(), base).add(table);
    }
}
