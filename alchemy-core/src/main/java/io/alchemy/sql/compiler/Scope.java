package io.alchemy.sql.compiler;

import io.alchemy.sql.FromClause;
import io.alchemy.sql.SelectColumn;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The statement being compiled at one nesting level: its columns (which ORDER BY may name), every FROM
 * element visible to statements embedded in it (its own and its enclosing statements', for explicit correlation)
 * and its own FROM elements alone (what an embedded SELECT auto-correlates to: SQLAlchemy's {@code asfrom_froms},
 * only the immediately enclosing statement's), and its FROM list in order (where a name in ORDER BY / GROUP BY that
 * is no column of the SELECT is looked up, as SQLAlchemy's {@code _label_resolve_dict} does).
 */
record Scope(List<SelectColumn> columns, Set<FromClause> visibleFroms, Set<FromClause> ownFroms,
        List<FromClause> fromList) {

    /** The outermost scope: no columns, nothing to correlate with. */
    static Scope root() {
        return new Scope(List.of(), emptyIdentitySet(), emptyIdentitySet(), List.of());
    }

    /** A nested scope adding {@code froms} (and what they contain) to the enclosing visible ones. */
    Scope nested(List<SelectColumn> ownColumns, List<? extends FromClause> froms) {
        Set<FromClause> visible = emptyIdentitySet();
        visible.addAll(visibleFroms);
        Set<FromClause> own = emptyIdentitySet();
        for (FromClause from : froms) {
            own.addAll(FromResolver.covered(from));
        }
        visible.addAll(own);
        return new Scope(ownColumns, visible, own, List.copyOf(froms));
    }

    /**
     * The scope a subquery in this statement's FROM clause sees (SQLAlchemy's {@code correlate_froms} minus
     * {@code asfrom_froms}): the enclosing levels' FROM elements without this statement's own, for explicit
     * correlation only.
     */
    Scope forFromSubquery() {
        Set<FromClause> visible = emptyIdentitySet();
        visible.addAll(visibleFroms);
        visible.removeAll(ownFroms);
        return new Scope(List.of(), visible, emptyIdentitySet(), List.of());
    }

    static Set<FromClause> emptyIdentitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
