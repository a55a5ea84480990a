package io.alchemy.orm.dml;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ObjectState;
import io.alchemy.orm.mapping.ColumnProperty;
import io.alchemy.orm.mapping.FieldValues;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.state.EntityKey;
import io.alchemy.orm.state.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Brings objects in a Session's identity map in line with an ORM bulk UPDATE or DELETE that changed their rows:
 * new values are set as loaded (not as changes to flush), values that cannot be known in Java are expired (the next
 * read loads them), deleted rows' objects become deleted.
 */
final class SessionSync {
    private final UnitOfWork work;
    private final @Nullable Object identityToken;

    SessionSync(UnitOfWork work, @Nullable Object identityToken) {
        this.work = work;
        this.identityToken = identityToken;
    }

    /** The persistent objects of {@code mapper} in the identity map. */
    List<InstanceState> persistent(Mapper<?> mapper) {
        List<InstanceState> states = new ArrayList<>();
        for (InstanceState state : work.identityMapStates()) {
            if (state.mapper() == mapper && state.state() == ObjectState.PERSISTENT
                    && java.util.Objects.equals(state.identityToken(), identityToken)) {
                states.add(state);
            }
        }
        return states;
    }

    /** The persistent object of this primary key, or {@code null} when the Session has none. */
    @Nullable InstanceState byIdentity(Mapper<?> mapper, List<Object> id) {
        InstanceState state = work.inIdentityMap(EntityKey.of(mapper, mapper.identityOf(id), identityToken));
        return state == null || state.state() != ObjectState.PERSISTENT ? null : state;
    }

    /** Sets the attributes to values the database now holds; a {@link CriteriaEvaluator#UNKNOWN} value expires. */
    void updated(InstanceState state, Map<ColumnProperty, Object> values) {
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<ColumnProperty, Object> entry : values.entrySet()) {
            ColumnProperty property = entry.getKey();
            if (entry.getValue() == CriteriaEvaluator.UNKNOWN) {
                unknown.add(property.name());
            } else {
                property.set(state.object(), FieldValues.convert(entry.getValue(), property.javaType(), property.toString()));
                known.add(property.name());
            }
        }
        state.synchronizedWith(known);
        work.expire(state, unknown);
    }

    /** Expires the attributes (their new values are unknown here). */
    void expire(InstanceState state, List<String> attributes) {
        work.expire(state, attributes);
    }

    /** The object's row was deleted by the statement. */
    void deleted(InstanceState state) {
        work.deleted(state);
    }
}
