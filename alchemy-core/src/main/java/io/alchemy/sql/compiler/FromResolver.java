package io.alchemy.sql.compiler;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.FromClause;
import io.alchemy.sql.Join;
import io.alchemy.sql.JoinSpec;
import io.alchemy.sql.JoinType;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Works out the FROM clause of a SELECT: the explicit FROM elements, then those the columns and WHERE criteria
 * refer to, in order of first appearance; the joins replace their left side and absorb whatever they contain;
 * embedded in another statement, the elements found there are correlated away.
 */
final class FromResolver {
    private FromResolver() {
    }

    /**
     * The FROM list of {@code select}. {@code enclosing} holds every FROM element of the enclosing statements
     * (empty at top level), {@code immediate} those of the immediately enclosing one; {@code correlating} says
     * whether the select is embedded where it may correlate (a scalar subquery, EXISTS, IN, LATERAL).
     */
    static List<FromClause> resolve(Select<?> select, Set<FromClause> enclosing, Set<FromClause> immediate,
            boolean correlating) {
        List<FromClause> froms = new ArrayList<>();
        select.explicitFroms().forEach(f -> addUnique(froms, f));
        for (Select.JoinGroup group : select.earlierJoins()) {
            applyEarlierJoins(froms, group, select);
        }
        select.columnFroms().forEach(f -> addUnique(froms, f));
        for (ColumnElement<?> column : select.columns()) {
            column.collectFroms(f -> addUnique(froms, f));
        }
        for (ColumnElement<?> criterion : select.whereList()) {
            criterion.collectFroms(f -> addUnique(froms, f));
        }
        for (JoinSpec spec : select.joins()) {
            applyJoin(froms, spec);
        }
        removeCovered(froms);
        if (correlating) {
            return correlate(select, froms, enclosing, immediate);
        }
        return froms;
    }

    /**
     * Joins added before the columns clause was replaced: their left side is found among the FROM elements so far,
     * else among the earlier columns' (and the WHERE criteria's); only the joins built stay in the FROM list.
     */
    private static void applyEarlierJoins(List<FromClause> froms, Select.JoinGroup group, Select<?> select) {
        List<FromClause> working = new ArrayList<>(froms);
        if (froms.isEmpty()) {
            group.columnFroms().forEach(f -> addUnique(working, f));
            for (ColumnElement<?> column : group.columns()) {
                column.collectFroms(f -> addUnique(working, f));
            }
            for (ColumnElement<?> criterion : select.whereList()) {
                criterion.collectFroms(f -> addUnique(working, f));
            }
        }
        for (JoinSpec spec : group.joins()) {
            applyJoin(working, spec);
        }
        removeCovered(working);
        List<FromClause> kept = new ArrayList<>();
        for (FromClause from : working) {
            if (from instanceof Join || froms.contains(from)) {
                kept.add(from);
            }
        }
        froms.clear();
        froms.addAll(kept);
    }

    private static void applyJoin(List<FromClause> froms, JoinSpec spec) {
        FromClause left = spec.left();
        int index;
        if (left != null) {
            index = indexCovering(froms, left);
            if (index < 0) {
                froms.add(left);
                index = froms.size() - 1;
            }
        } else {
            index = inferLeft(froms, spec);
            left = froms.get(index);
        }
        ColumnElement<?> on = spec.onClause() != null ? spec.onClause() : JoinConditions.infer(left, spec.right());
        FromClause base = froms.get(index);
        Join join = switch (spec.type()) {
            case INNER -> base.join(spec.right(), on);
            case LEFT -> base.outerjoin(spec.right(), on);
            case FULL -> base.fullJoin(spec.right(), on);
        };
        froms.set(index, join);
        removeCovered(froms);
    }

    private static int inferLeft(List<FromClause> froms, JoinSpec spec) {
        if (froms.isEmpty()) {
            throw new InvalidRequestError("No FROM element to join " + JoinConditions.describe(spec.right())
                    + " from; use joinFrom() or selectFrom() to give the left side");
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < froms.size(); i++) {
            FromClause from = froms.get(i);
            if (from == spec.right()) {
                continue;
            }
            boolean fits = spec.onClause() != null ? refersTo(spec.onClause(), from) : JoinConditions.canJoin(from, spec.right());
            if (fits) {
                candidates.add(i);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            throw new InvalidRequestError("Can't determine which FROM clause to join from, there are multiple FROMS "
                    + "which can join to this entity. Please use the .selectFrom() method to establish an explicit "
                    + "left side, as well as providing an explicit ON clause if not present already to help resolve "
                    + "the ambiguity.");
        }
        int first = froms.get(0) == spec.right() && froms.size() > 1 ? 1 : 0;
        if (froms.get(first) == spec.right()) {
            throw new InvalidRequestError("Can't join " + JoinConditions.describe(spec.right()) + " to itself; "
                    + "use joinFrom() with an alias");
        }
        return first;
    }

    private static boolean refersTo(ColumnElement<?> onClause, FromClause from) {
        Set<FromClause> covered = covered(from);
        boolean[] found = {false};
        onClause.collectFroms(f -> found[0] |= covered.contains(f));
        return found[0];
    }

    /**
     * SQLAlchemy's {@code _get_display_froms}: explicit correlation ({@code correlate}, {@code correlateExcept})
     * applies against every enclosing statement; auto-correlation only when the SELECT has more than one FROM
     * element, and only against the immediately enclosing statement's.
     */
    private static List<FromClause> correlate(Select<?> select, List<FromClause> froms, Set<FromClause> enclosing,
            Set<FromClause> immediate) {
        Select.Correlation mode = select.correlation();
        if (mode == Select.Correlation.NONE || mode == Select.Correlation.AUTO && froms.size() <= 1) {
            return froms;
        }
        List<FromClause> kept = new ArrayList<>();
        for (FromClause from : froms) {
            boolean correlated = switch (mode) {
                case AUTO -> immediate.contains(from);
                case ONLY -> enclosing.contains(from) && select.correlateFroms().contains(from);
                case EXCEPT -> enclosing.contains(from) && !select.correlateFroms().contains(from);
                case NONE -> false;
            };
            if (!correlated) {
                kept.add(from);
            }
        }
        if (kept.isEmpty() && mode == Select.Correlation.AUTO) {
            throw new InvalidRequestError("Select statement '" + select + "' returned no FROM clauses due to "
                    + "auto-correlation; specify correlate(<tables>) to control correlation manually.");
        }
        return kept;
    }

    /** Every FROM element {@code from} stands for: itself and, for a join, everything joined. */
    static Set<FromClause> covered(FromClause from) {
        Set<FromClause> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        from.collectCovered(covered::add);
        return covered;
    }

    private static int indexCovering(List<FromClause> froms, FromClause target) {
        for (int i = 0; i < froms.size(); i++) {
            if (covered(froms.get(i)).contains(target)) {
                return i;
            }
        }
        return -1;
    }

    /** Drops entries that a join elsewhere in the list already contains. */
    private static void removeCovered(List<FromClause> froms) {
        for (int i = 0; i < froms.size(); i++) {
            FromClause from = froms.get(i);
            if (!(from instanceof Join)) {
                continue;
            }
            Set<FromClause> covered = covered(from);
            for (int j = froms.size() - 1; j >= 0; j--) {
                if (j != i && covered.contains(froms.get(j))) {
                    froms.remove(j);
                    if (j < i) {
                        i--;
                    }
                }
            }
        }
    }

    private static void addUnique(List<FromClause> froms, FromClause from) {
        for (FromClause existing : froms) {
            if (existing == from) {
                return;
            }
        }
        froms.add(from);
    }

    static JoinType typeOf(Join join) {
        return join.type();
    }
}
