package io.alchemy.sql.compiler;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.sql.AliasedFrom;
import io.alchemy.sql.ColumnClause;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.DerivedColumn;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Label;
import io.alchemy.sql.TableClause;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Infers the ON clause of a join from the foreign keys between its two sides, looking through aliases, subqueries
 * and CTEs to the table columns they derive from. The condition reads {@code referenced = referencing}
 * ({@code user_account.id = address.user_id}), as SQLAlchemy writes it.
 */
final class JoinConditions {
    private JoinConditions() {
    }

    /** Whether a foreign key links {@code left} and {@code right} in either direction. */
    static boolean canJoin(FromClause left, FromClause right) {
        return !pairs(left, right).isEmpty();
    }

    /**
     * The ON clause for {@code left JOIN right}; {@link InvalidRequestError} when there is no single foreign key.
     * When {@code left} is itself a join, the foreign keys between its right-most element and {@code right} are
     * preferred, as SQLAlchemy's {@code join_condition(a_subset=...)} does ({@code t1 JOIN t2 JOIN (t2 JOIN t3)}
     * joins on {@code t2.id = t3.t2id}, not ambiguously on t1 as well).
     */
    static ColumnElement<?> infer(FromClause left, FromClause right) {
        if (left instanceof io.alchemy.sql.Join join) {
            List<ColumnElement<Boolean>> preferred = pairs(join.right(), right);
            if (preferred.size() == 1) {
                return preferred.get(0);
            }
        }
        List<ColumnElement<Boolean>> pairs = pairs(left, right);
        if (pairs.isEmpty()) {
            throw new InvalidRequestError("Can't find any foreign key relationships between '" + describe(left)
                    + "' and '" + describe(right) + "'; give the join an explicit ON clause");
        }
        if (pairs.size() > 1) {
            throw new InvalidRequestError("Can't determine join between '" + describe(left) + "' and '"
                    + describe(right) + "'; tables have more than one foreign key constraint relationship between "
                    + "them. Please specify the 'onclause' of this join explicitly.");
        }
        return pairs.get(0);
    }

    private static List<ColumnElement<Boolean>> pairs(FromClause left, FromClause right) {
        List<ColumnElement<Boolean>> pairs = new ArrayList<>();
        addReferences(right, left, pairs);
        addReferences(left, right, pairs);
        return pairs;
    }

    /** Adds {@code referenced = referencing} for each column of {@code referencing} pointing into {@code referenced}. */
    private static void addReferences(FromClause referencing, FromClause referenced, List<ColumnElement<Boolean>> pairs) {
        for (ColumnElement<?> fkSide : referencing.columns()) {
            ColumnClause<?> fkBase = baseColumn(fkSide);
            if (fkBase == null) {
                continue;
            }
            for (ColumnElement<?> candidate : referenced.columns()) {
                ColumnClause<?> target = baseColumn(candidate);
                if (target != null && ForeignKeys.references(fkBase, target)) {
                    pairs.add(candidate.eq(fkSide));
                }
            }
        }
    }

    /** The table column an exported column stands for, through aliases, subqueries and labels; {@code null} if none. */
    static @Nullable ColumnClause<?> baseColumn(ColumnElement<?> column) {
        ColumnElement<?> current = column;
        while (true) {
            if (current instanceof ColumnClause<?> c) {
                return c.table() == null ? null : c.schemaColumn();
            } else if (current instanceof DerivedColumn<?> d) {
                current = d.origin();
            } else if (current instanceof Label<?> l) {
                current = l.element();
            } else {
                return null;
            }
        }
    }

    static String describe(FromClause from) {
        if (from instanceof TableClause t) {
            return t.fullName();
        }
        if (from instanceof AliasedFrom a) {
            return a.name() != null ? a.name() : "anonymous " + a.getClass().getSimpleName().toLowerCase();
        }
        return from.toString();
    }
}
