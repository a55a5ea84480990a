package io.alchemy.orm.mapping;

import static io.alchemy.Alchemy.and;

import io.alchemy.schema.Column;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.JoinSpec;
import io.alchemy.sql.JoinType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ON clauses of a relationship's join, referenced column first as SQLAlchemy writes them
 * ({@code user_account.id = address.user_id}), between the parent's and the target's FROM elements (tables or
 * aliases); a many-to-many joins the association table, then the target.
 */
public final class JoinConditions {
    private JoinConditions() {
    }

    /**
     * The joins from {@code parent} to {@code target} along {@code relationship}; the first one's left side is
     * {@code left} ({@code null}: inferred).
     */
    public static List<JoinSpec> joins(RelationshipProperty relationship, FromClause left, FromClause parent,
            FromClause target, FromClause secondary, JoinType type) {
        List<JoinSpec> joins = new ArrayList<>();
        if (relationship.direction() == RelationshipDirection.MANY_TO_MANY) {
            joins.add(new JoinSpec(left, secondary, on(relationship.pairs(), parent, secondary), type));
            joins.add(new JoinSpec(null, target, on(relationship.secondaryPairs(), target, secondary), type));
        } else if (relationship.direction() == RelationshipDirection.MANY_TO_ONE) {
            joins.add(new JoinSpec(left, target, on(relationship.pairs(), target, parent), type));
        } else {
            joins.add(new JoinSpec(left, target, on(relationship.pairs(), parent, target), type));
        }
        return joins;
    }

    /** {@code referenced = referencing} for each pair, the referenced column taken from {@code referencedSide}. */
    public static ColumnElement<Boolean> on(List<JoinPair> pairs, FromClause referencedSide, FromClause referencingSide) {
        List<ColumnElement<?>> criteria = new ArrayList<>();
        for (JoinPair pair : pairs) {
            criteria.add(side(pair.referenced(), referencedSide).eq(side(pair.referencing(), referencingSide)));
        }
        return criteria.size() == 1 ? (ColumnElement<Boolean>) criteria.get(0)
                : and(criteria.toArray(ColumnElement<?>[]::new));
    }

    /**
     * The column as {@code from} exports it: itself for its own table, the alias's column otherwise; itself too when
     * {@code from} is another table (a joined-inheritance subclass's base table, whose SELECT joins the column's).
     */
    public static ColumnElement<?> side(Column<?> column, FromClause from) {
        return from == column.table() || from instanceof io.alchemy.schema.Table ? column : from.c(column.key());
    }
}
