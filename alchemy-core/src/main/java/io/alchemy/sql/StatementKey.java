package io.alchemy.sql;

import java.util.List;
import java.util.Set;

/**
 * The result of walking a statement for its cache key: the structure (the key proper: equal for equal shapes), the
 * statement's own bound parameters in walk order (their values vary between statements of one shape) and the
 * explicit parameter names it uses. Only {@link #structure()} takes part in equality.
 */
final class StatementKey {
    private final StructureKey structure;
    private final List<BindParameter<?>> literals;
    private final Set<String> explicitNames;

    StatementKey(StructureKey structure, List<BindParameter<?>> literals, Set<String> explicitNames) {
        this.structure = structure;
        this.literals = literals;
        this.explicitNames = explicitNames;
    }

    StructureKey structure() {
        return structure;
    }

    List<BindParameter<?>> literals() {
        return literals;
    }

    Set<String> explicitNames() {
        return explicitNames;
    }
}
