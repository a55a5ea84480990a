package io.alchemy.orm.state;

import io.alchemy.orm.mapping.Mapper;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The identity of a row in the identity map (SQLAlchemy's identity key): the mapped class and its primary key values.
 *
 * @param type the mapped class
 * @param id the primary key values, in primary key order
 */
public record EntityKey(Class<?> type, List<Object> id) {

    /** The key of the object of {@code mapper} with primary key {@code id}. */
    public static EntityKey of(Mapper<?> mapper, List<Object> id) {
        return new EntityKey(mapper.entityClass(), List.copyOf(id));
    }

    /** {@code (User, (4,))}. */
    @Override
    public String toString() {
        String values = id.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "(" + type.getSimpleName() + ", (" + values + (id.size() == 1 ? ",))" : "))");
    }
}
