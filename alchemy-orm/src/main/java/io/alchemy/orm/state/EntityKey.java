package io.alchemy.orm.state;

import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.Mapper;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The identity of a row in the identity map (SQLAlchemy's identity key): the mapped class, its primary key values and
 * the identity token, which tells rows with the same primary key in different databases apart (a sharded Session's
 * shard id; {@code null} in a plain Session).
 *
 * @param type the mapped class (the base class of an inheritance hierarchy)
 * @param id the primary key values, in primary key order
 * @param token the identity token (the shard id), or {@code null}
 */
public record EntityKey(Class<?> type, List<Object> id, @Nullable Object token) {

    /** A key without identity token. */
    public EntityKey(Class<?> type, List<Object> id) {
        this(type, id, null);
    }

    /** The key of the object of {@code mapper} with primary key {@code id}, without identity token. */
    public static EntityKey of(Mapper<?> mapper, List<Object> id) {
        return new EntityKey(mapper.identityClass(), List.copyOf(id), null);
    }

    /** The key of the object of {@code mapper} with primary key {@code id} in the database {@code token} names. */
    public static EntityKey of(Mapper<?> mapper, List<Object> id, @Nullable Object token) {
        return new EntityKey(mapper.identityClass(), List.copyOf(id), token);
    }

    /** The key of a persistent object's state: its identity and identity token. */
    public static EntityKey of(InstanceState state) {
        return of(state.mapper(), state.identity(), state.identityToken());
    }

    /** {@code (User, (4,))}; with a token {@code (User, (4,), 'shard_a')}. */
    @Override
    public String toString() {
        String values = id.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String key = "(" + type.getSimpleName() + ", (" + values + (id.size() == 1 ? ",)" : ")");
        return token == null ? key + ")" : key + ", '" + token + "')";
    }
}
