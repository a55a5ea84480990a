package io.alchemy.orm.loading;

import io.alchemy.orm.state.EntityKey;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A reusable identity key for looking a single-column primary key up in the identity map without allocating: an
 * {@link EntityKey} whose id is this one-element list, set to each row's value in turn. Equal to (and hashing like)
 * the key of the same class, value and token, as lists of equal elements are. Only for lookups, by one loader at a
 * time; the identity map keeps {@link #copy() copies}.
 */
final class IdentityProbe extends AbstractList<Object> implements RandomAccess {
    private @Nullable Object value;
    private @Nullable EntityKey key;

    /** The probe key of {@code type}, {@code token} and primary key value {@code id}. */
    EntityKey of(Class<?> type, @Nullable Object token, Object id) {
        value = id;
        EntityKey probe = key;
        if (probe == null || probe.type() != type || probe.token() != token) {
            probe = new EntityKey(type, this, token);
            key = probe;
        }
        return probe;
    }

    /** A key to keep, equal to the probe's current one. */
    EntityKey copy() {
        EntityKey probe = key;
        return new EntityKey(probe.type(), java.util.List.of(value), probe.token());
    }

    @Override
    public Object get(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException(index);
        }
        return value;
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof java.util.List<?> list && list.size() == 1 && java.util.Objects.equals(value, list.get(0));
    }

    @Override
    public int hashCode() {
        return 31 + java.util.Objects.hashCode(value);           // List's hash of one element
    }
}
