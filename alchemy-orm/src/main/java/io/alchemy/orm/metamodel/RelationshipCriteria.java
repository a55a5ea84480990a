package io.alchemy.orm.metamodel;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.literal;
import static io.alchemy.Alchemy.literalColumn;
import static io.alchemy.Alchemy.or;
import static io.alchemy.Alchemy.select;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.JoinConditions;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.mapping.RelationshipDirection;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.sql.ColumnElement;
import java.util.ArrayList;
import java.util.List;

/** The WHERE criteria a relationship makes (SQLAlchemy's relationship comparator): EXISTS, equality, containment. */
public final class RelationshipCriteria {
    private RelationshipCriteria() {
    }

    /** {@code EXISTS (SELECT 1 FROM target WHERE <join> AND <criteria>)}, correlated to the parent's table. */
    static ColumnElement<Boolean> exists(RelationshipProperty relationship, ColumnElement<?>... criteria) {
        List<ColumnElement<?>> where = new ArrayList<>();
        if (relationship.direction() == RelationshipDirection.MANY_TO_MANY) {
            where.add(JoinConditions.on(relationship.pairs(), relationship.parent().table(), relationship.secondary()));
            where.add(JoinConditions.on(relationship.secondaryPairs(), relationship.target().table(),
                    relationship.secondary()));
        } else if (relationship.direction() == RelationshipDirection.MANY_TO_ONE) {
            where.add(JoinConditions.on(relationship.pairs(), relationship.target().table(), relationship.parent().table()));
        } else {
            where.add(JoinConditions.on(relationship.pairs(), relationship.parent().table(), relationship.target().table()));
        }
        where.addAll(List.of(criteria));
        return select(literalColumn("1")).where(where.toArray(ColumnElement<?>[]::new)).exists();
    }

    static ColumnElement<Boolean> eq(RelationshipProperty relationship, Object related) {
        manyToOne(relationship, "eq");
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (JoinPair pair : relationship.pairs()) {
            criteria.add(related == null ? pair.referencing().isNull()
                    : literal(value(related, pair.referenced())).eq(pair.referencing()));
        }
        return all(criteria);
    }

    static ColumnElement<Boolean> ne(RelationshipProperty relationship, Object related) {
        manyToOne(relationship, "ne");
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (JoinPair pair : relationship.pairs()) {
            criteria.add(related == null ? pair.referencing().isNotNull()
                    : or(pair.referencing().ne(value(related, pair.referenced())), pair.referencing().isNull()));
        }
        return all(criteria);
    }

    static ColumnElement<Boolean> contains(RelationshipProperty relationship, Object related) {
        if (relationship.direction() != RelationshipDirection.ONE_TO_MANY) {
            throw new ArgumentError("contains() compares a one-to-many collection; " + relationship + " is "
                    + relationship.direction());
        }
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (JoinPair pair : relationship.pairs()) {
            criteria.add(pair.referenced().eq(value(related, pair.referencing())));
        }
        return all(criteria);
    }

    /** The criteria selecting the objects {@code relationship} of {@code parent} holds. */
    public static ColumnElement<Boolean> withParent(Object parent, RelationshipProperty relationship) {
        InstanceState state = InstanceState.obtain(parent, relationship.parent());
        List<ColumnElement<?>> criteria = new ArrayList<>();
        if (relationship.direction() == RelationshipDirection.MANY_TO_ONE) {
            for (JoinPair pair : relationship.pairs()) {
                criteria.add(pair.referenced().eq(literal(state.columnValue(pair.referencing()))));
            }
            return all(criteria);
        }
        for (JoinPair pair : relationship.pairs()) {
            criteria.add(literal(state.columnValue(pair.referenced())).eq(pair.referencing()));
        }
        for (JoinPair pair : relationship.secondaryPairs()) {
            criteria.add(pair.referenced().eq(pair.referencing()));
        }
        return all(criteria);
    }

    private static Object value(Object entity, io.alchemy.schema.Column<?> column) {
        return InstanceState.obtain(entity, Mappers.of(entity.getClass())).columnValue(column);
    }

    private static void manyToOne(RelationshipProperty relationship, String operator) {
        if (relationship.direction() != RelationshipDirection.MANY_TO_ONE) {
            throw new ArgumentError(operator + "() compares a many-to-one with an object; use contains() or any() for "
                    + relationship + ", a " + relationship.direction() + " collection");
        }
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> all(List<ColumnElement<?>> criteria) {
        return criteria.size() == 1 ? (ColumnElement<Boolean>) criteria.get(0)
                : and(criteria.toArray(ColumnElement<?>[]::new));
    }
}
