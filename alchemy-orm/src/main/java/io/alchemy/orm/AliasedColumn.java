package io.alchemy.orm;

import io.alchemy.orm.metamodel.EntityColumn;
import io.alchemy.orm.metamodel.EntitySource;
import io.alchemy.sql.CacheKeyBuilder;
import io.alchemy.sql.ClauseVisitor;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.TableClause;
import io.alchemy.types.SqlType;
import java.util.function.Consumer;

/**
 * A column of an {@link Aliased} entity in a SELECT's columns clause: it compiles exactly as the alias's column
 * ({@code anon_1.email_address}) and tells the ORM which entity the column's run of the row builds.
 *
 * @param <T> the Java type of the values
 */
final class AliasedColumn<T> extends ColumnClause<T> implements EntityColumn {
    private final Aliased<?> aliased;
    private final ColumnElement<T> column;

    AliasedColumn(Aliased<?> aliased, ColumnElement<T> column) {
        super(column.naturalName(), null);
        this.aliased = aliased;
        this.column = column;
    }

    /** The alias's own column. */
    ColumnElement<T> aliasColumn() {
        return column;
    }

    @Override
    public EntitySource entitySource() {
        return aliased;
    }

    /** The aliased entity this column belongs to. */
    Aliased<?> aliased() {
        return aliased;
    }

    @Override
    public SqlType<T> type() {
        return column.type();
    }

    /** Not a table's column: joins see the alias's own columns ({@link Aliased#columns()}). */
    @Override
    public TableClause table() {
        return null;
    }

    @Override
    public String naturalName() {
        return column.naturalName();
    }

    @Override
    public String anonymousLabelBase() {
        return column.anonymousLabelBase();
    }

    @Override
    public String bindNameBase() {
        return column.bindNameBase();
    }

    @Override
    public void collectFroms(Consumer<? super FromClause> sink) {
        column.collectFroms(sink);
    }

    @Override
    public <R> R accept(ClauseVisitor<R> visitor) {
        return column.accept(visitor);
    }

    @Override
    public void addCacheKey(CacheKeyBuilder key) {
        column.addCacheKey(key);
    }

    @Override
    public String toString() {
        return column.toString();
    }
}
