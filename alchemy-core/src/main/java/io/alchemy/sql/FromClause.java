package io.alchemy.sql;

import io.alchemy.exc.NoSuchColumnError;
import java.util.List;
import java.util.function.Consumer;

/**
 * Anything that can appear in a FROM clause and exports columns: a table, an alias, a subquery, a CTE, a join.
 */
public interface FromClause extends ClauseElement {

    /** The columns this FROM element exports, in order. */
    List<? extends ColumnElement<?>> columns();

    /** The exported column with this key; {@link NoSuchColumnError} naming the element and its keys when none. */
    default ColumnElement<?> c(String key) {
        for (ColumnElement<?> column : columns()) {
            if (key.equals(columnKey(column))) {
                return column;
            }
        }
        throw new NoSuchColumnError(this + " has no column '" + key + "'; it has "
                + columns().stream().map(FromClause::columnKey).toList());
    }

    /** The key of an exported column (its name). */
    private static String columnKey(ColumnElement<?> column) {
        if (column instanceof ColumnClause<?> c) {
            return c.key();
        }
        if (column instanceof DerivedColumn<?> d) {
            return d.key();
        }
        return column.naturalName();
    }

    /**
     * Hands the FROM elements this one stands for to {@code sink}: itself, and for a join every element joined, so
     * that a table already inside a join is not listed again in the same FROM clause.
     */
    default void collectCovered(Consumer<? super FromClause> sink) {
        sink.accept(this);
    }

    /** {@code this JOIN right ON onClause}. */
    default Join join(FromClause right, ColumnElement<?> onClause) {
        return new Join(this, right, onClause, JoinType.INNER);
    }

    /** {@code this JOIN right}, with the ON clause inferred from the single foreign key between them. */
    default Join join(FromClause right) {
        return new Join(this, right, null, JoinType.INNER);
    }

    /** {@code this LEFT OUTER JOIN right ON onClause}. */
    default Join outerjoin(FromClause right, ColumnElement<?> onClause) {
        return new Join(this, right, onClause, JoinType.LEFT);
    }

    /** {@code this LEFT OUTER JOIN right}, ON inferred from the foreign key. */
    default Join outerjoin(FromClause right) {
        return new Join(this, right, null, JoinType.LEFT);
    }

    /** {@code this FULL OUTER JOIN right ON onClause}. */
    default Join fullJoin(FromClause right, ColumnElement<?> onClause) {
        return new Join(this, right, onClause, JoinType.FULL);
    }
}
