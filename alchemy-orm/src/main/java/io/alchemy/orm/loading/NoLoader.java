package io.alchemy.orm.loading;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.RelationshipProperty;
import java.util.List;

/** {@code lazy = NOLOAD} (and the {@code noload} option): the relationship is never loaded; it reads empty or null. */
final class NoLoader implements RelationshipLoader {
    private final RelationshipProperty relationship;

    NoLoader(RelationshipProperty relationship) {
        this.relationship = relationship;
    }

    @Override
    public void load(LoadContext context, InstanceState state) {
        RelatedValues.put(state, relationship, List.of());
    }
}
