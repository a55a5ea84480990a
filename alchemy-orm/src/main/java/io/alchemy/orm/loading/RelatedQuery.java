package io.alchemy.orm.loading;

import static io.alchemy.Alchemy.literal;
import static io.alchemy.Alchemy.select;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.OrderTerm;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SQL a relationship loads its objects with, as SQLAlchemy writes it: for one parent, the lazy clause with the
 * parent's value bound first ({@code WHERE ? = address.user_id}; through the association table for a many-to-many);
 * the collection ordered by {@code orderBy}.
 */
public final class RelatedQuery {
    private RelatedQuery() {
    }

    /** The value of the parent's column {@code column} (read without instrumentation). */
    public static Object valueOf(InstanceState parent, Column<?> column) {
        return parent.columnValue(column);
    }

    /** The many-to-one target's primary key from the parent's foreign key columns, or {@code null} if any is NULL. */
    public static @Nullable List<Object> targetKey(RelationshipProperty relationship, InstanceState parent) {
        Mapper<?> target = relationship.target();
        List<Object> key = new ArrayList<>();
        for (ColumnProperty column : target.primaryKey()) {
            Object value = null;
            for (JoinPair pair : relationship.pairs()) {
                if (pair.referenced() == column.column()) {
                    value = valueOf(parent, pair.referencing());
                }
            }
            if (value == null) {
                return null;
            }
            key.add(value);
        }
        return target.identityOf(key);
    }

    /**
     * {@code SELECT address.id AS address_id, … FROM address WHERE ? = address.user_id}: the objects of a one-to-many
     * or many-to-many relationship of one parent; {@code null} when the parent's key is NULL (nothing to load).
     */
    public static @Nullable Select<?> children(RelationshipProperty relationship, InstanceState parent) {
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (JoinPair pair : relationship.pairs()) {
            Object value = valueOf(parent, pair.referenced());
            if (value == null) {
                return null;
            }
            criteria.add(literal(value).eq(pair.referencing()));
        }
        for (JoinPair pair : relationship.secondaryPairs()) {
            criteria.add(pair.referenced().eq(pair.referencing()));
        }
        Mapper<?> target = relationship.target();
        Select<?> statement = PolymorphicRows.from(target, select(EntityLoader.labelled(target).toArray()))
                .where(criteria.toArray(ColumnElement<?>[]::new));
        return ordered(PolymorphicRows.filtered(target, statement), relationship);
    }

    /** Adds the relationship's {@code orderBy} columns of the target table. */
    static Select<?> ordered(Select<?> statement, RelationshipProperty relationship) {
        if (relationship.ordering().isEmpty()) {
            return statement;
        }
        List<Object> order = new ArrayList<>();
        for (OrderTerm term : relationship.ordering()) {
            order.add(term.descending() ? term.column().desc() : term.column());
        }
        return statement.orderBy(order.toArray());
    }
}
