package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import io.alchemy.schema.ForeignKey;
import io.alchemy.schema.Table;
import java.util.List;
import java.util.Set;

/**
 * Works out a relationship's join from the foreign keys between its tables, as SQLAlchemy does when no
 * {@code primaryjoin} is given: which side refers to which ({@link RelationshipDirection}) and the column pairs.
 */
final class JoinResolver {
    private final String where;
    private final Set<String> restrictTo;

    JoinResolver(String where, List<String> foreignKeyColumns) {
        this.where = where;
        this.restrictTo = Set.copyOf(foreignKeyColumns);
    }

    /** The foreign keys of {@code from} that refer to {@code to}, limited to the declared foreign key columns. */
    List<JoinPair> pairs(Table from, Table to) {
        return from.foreignKeys().stream().filter(fk -> fk.references(to)).filter(this::allowed)
                .map(fk -> new JoinPair(fk.column(), fk.parent())).toList();
    }

    private boolean allowed(ForeignKey fk) {
        if (restrictTo.isEmpty()) {
            return true;
        }
        String column = fk.parent().name();
        String qualified = fk.parent().owner().fullName() + "." + column;
        return restrictTo.contains(column) || restrictTo.contains(qualified);
    }

    /** The direction between {@code parent} and {@code target}; a self-referential relationship by its shape. */
    RelationshipDirection direction(Table parent, Table target, boolean collection) {
        List<JoinPair> fromParent = pairs(parent, target);
        List<JoinPair> fromTarget = pairs(target, parent);
        if (parent == target) {
            if (fromParent.isEmpty()) {
                throw noForeignKeys(parent, target);
            }
            return collection ? RelationshipDirection.ONE_TO_MANY : RelationshipDirection.MANY_TO_ONE;
        }
        if (!fromParent.isEmpty() && !fromTarget.isEmpty()) {
            throw new ArgumentError("Relationship " + where + " is ambiguous: tables '" + parent.name() + "' and '"
                    + target.name() + "' refer to each other; name the foreign key columns with "
                    + "@Relationship(foreignKeys = …)");
        }
        if (fromParent.isEmpty() && fromTarget.isEmpty()) {
            throw noForeignKeys(parent, target);
        }
        return fromTarget.isEmpty() ? RelationshipDirection.MANY_TO_ONE : RelationshipDirection.ONE_TO_MANY;
    }

    /** The one foreign key path from {@code from} to {@code to}; an error when there are none or several. */
    List<JoinPair> singlePath(Table from, Table to) {
        List<JoinPair> pairs = pairs(from, to);
        if (pairs.isEmpty()) {
            throw noForeignKeys(from, to);
        }
        long constraints = from.foreignKeys().stream().filter(fk -> fk.references(to)).filter(this::allowed)
                .map(ForeignKey::constraint).distinct().count();
        if (constraints > 1) {
            throw new ArgumentError("Relationship " + where + " cannot choose between " + constraints
                    + " foreign key paths from '" + from.name() + "' to '" + to.name() + "' " + pairs
                    + "; name the foreign key columns with @Relationship(foreignKeys = …)");
        }
        return pairs;
    }

    private ArgumentError noForeignKeys(Table from, Table to) {
        return new ArgumentError("Relationship " + where + " could not determine its join condition: there are no "
                + "foreign keys linking tables '" + from.name() + "' and '" + to.name() + "'"
                + (restrictTo.isEmpty() ? "" : " among " + restrictTo)
                + "; add @MappedColumn(foreignKey = …) to the column that refers to the other table");
    }
}
