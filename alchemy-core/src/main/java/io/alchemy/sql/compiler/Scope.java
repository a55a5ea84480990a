package io.alchemy.sql.compiler;

import io.alchemy.sql.FromClause;
import io.alchemy.sql.SelectColumn;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The statement being compiled at one nesting level: its columns (which ORDER BY may name) and every FROM
 * element visible to statements embedded in it (its own and its enclosing statements', for correlation).
 */
record Scope(List<SelectColumn> columns, Set<FromClause> visibleFroms) {

    /** The outermost scope: no columns, nothing to correlate with. */
    static Scope root() {
        return new Scope(List.of(), emptyIdentitySet());
    }

    /** A nested scope adding {@code froms} (and what they contain) to the enclosing visible ones. */
    Scope nested(List<SelectColumn> ownColumns, List<? extends FromClause> froms) {
        Set<FromClause> visible = emptyIdentitySet();
        visible.addAll(visibleFroms);
        for (FromClause from : froms) {
            visible.addAll(FromResolver.covered(from));
        }
        return new Scope(ownColumns, visible);
    }

    static Set<FromClause> emptyIdentitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
