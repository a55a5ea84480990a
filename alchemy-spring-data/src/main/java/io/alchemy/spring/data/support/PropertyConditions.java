package io.alchemy.spring.data.support;

import static io.alchemy.Alchemy.and;
import static io.alchemy.Alchemy.not;
import static io.alchemy.Alchemy.select;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.JoinPair;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.MapperProperty;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.schema.Column;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.core.PropertyPath;

/**
 * A condition on a property path of a mapped class. A column attribute is compared directly; a path through a
 * relationship ({@code findByUserName} on {@code Address}, {@code findByAddressesEmailAddress} on {@code User})
 * becomes a correlated {@code EXISTS (SELECT … FROM <related table> WHERE <join> AND <condition>)}, like SQLAlchemy's
 * {@code has()}/{@code any()}: one row per object whatever the relationship's direction, through a secondary table for
 * many-to-many, nested to any depth.
 */
final class PropertyConditions {
    private PropertyConditions() {
    }

    /** {@code leaf} applied to the column at the end of {@code path}, wrapped in EXISTS per relationship crossed. */
    static ColumnElement<Boolean> on(Mapper<?> mapper, PropertyPath path,
            Function<Column<?>, ColumnElement<Boolean>> leaf) {
        MapperProperty property = mapper.attribute(path.getSegment());
        if (property instanceof ColumnProperty column) {
            if (path.hasNext()) {
                throw new ArgumentError(mapper.entityClass().getSimpleName() + "." + column.name()
                        + " is a column attribute: it has no property '" + path.next().getSegment() + "'");
            }
            return leaf.apply(column.column());
        }
        RelationshipProperty relationship = (RelationshipProperty) property;
        if (!path.hasNext()) {
            throw new ArgumentError(mapper.entityClass().getSimpleName() + "." + relationship.name() + " is a "
                    + "relationship: name one of its properties (e.g. " + relationship.name() + "Id), or use "
                    + "IsEmpty/IsNotEmpty");
        }
        return related(relationship, on(relationship.target(), path.next(), leaf));
    }

    /** {@code EXISTS} / {@code NOT EXISTS} of a related row: {@code IsNotEmpty} / {@code IsEmpty} on a relationship. */
    static ColumnElement<Boolean> anyRelated(Mapper<?> mapper, PropertyPath path, boolean present) {
        if (path.hasNext()) {
            PropertyPath rest = path.next();
            RelationshipProperty relationship = mapper.relationship(path.getSegment());
            return related(relationship, anyRelated(relationship.target(), rest, present));
        }
        ColumnElement<Boolean> exists = related(mapper.relationship(path.getSegment()), null);
        return present ? exists : not(exists);
    }

    private static ColumnElement<Boolean> related(RelationshipProperty relationship, ColumnElement<Boolean> condition) {
        Mapper<?> target = relationship.target();
        if (target.table() == relationship.parent().table()) {
            throw new ArgumentError("Conditions through the self-referential relationship " + relationship
                    + " are not supported in derived queries; use a Core expression or @Query");
        }
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (JoinPair pair : relationship.pairs()) {
            criteria.add(pair.referenced().eq(pair.referencing()));
        }
        for (JoinPair pair : relationship.secondaryPairs()) {
            criteria.add(pair.referenced().eq(pair.referencing()));
        }
        if (condition != null) {
            criteria.add(condition);
        }
        Select<?> related = select(target.primaryKey().get(0).column()).selectFrom(target.table())
                .where(and(criteria.toArray(ColumnElement<?>[]::new)))
                .correlate(relationship.parent().table());
        return related.exists();
    }
}
