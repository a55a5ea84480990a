package io.alchemy.sql;

import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * A function whose rows are one column, used as that column: {@code SELECT x FROM json_array_elements(?) AS x}
 * ({@code func.call("json_array_elements", json).columnValued("x")}). It brings its own FROM element.
 *
 * @param <T> the Java type of the values
 */
public final class ColumnValued<T> extends ColumnElement<T> {
    private final SqlFunction<T> function;
    private final String name;
    private final Source source = new Source();

    ColumnValued(SqlFunction<T> function, String name) {
        this.function = function;
        this.name = SelectBase.requireName(name);
    }

    public SqlFunction<T> function() {
        return function;
    }

    /** The column's (and the FROM element's) name. */
    public String name() {
        return name;
    }

    /** The FROM element this column comes from: {@code function(…) AS name}. */
    public FromClause source() {
        return source;
    }

    @Override
    public SqlType<T> type() {
        return function.type();
    }

    @Override
    public String naturalName() {
        return name;
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        sink.accept(source);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return visitor.visitColumnValued(this);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        key.add(name).add(function);
    }

    /** The FROM side of a column-valued function. */
    public final class Source implements FromClause, SharedNode {
        /** The column-valued function. */
        public ColumnValued<T> column() {
            return ColumnValued.this;
        }

        @Override
        public java.util.List<ColumnValued<T>> columns() {
            return java.util.List.of(ColumnValued.this);
        }

        @Override
        public <R> R accept(ClauseVisitor<R> visitor) {
            return visitor.visitColumnValuedSource(this);
        }

        @Override
        public void addCacheKey(CacheKeyBuilder key) {
            key.add(ColumnValued.this);
        }
    }
}
