package io.alchemy.orm;

import io.alchemy.exc.InvalidRequestError;
import io.alchemy.orm.exc.UnmappedInstanceError;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.internal.ManagedEntity;
import io.alchemy.orm.internal.StateOwner;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.mapping.Mappers;
import org.jspecify.annotations.Nullable;

/**
 * The ORM's functions on single objects, as SQLAlchemy has them at module level: {@link #inspect} (any mapped object,
 * seen by a Session or not), {@link #objectSession}, {@link #makeTransient}, {@link #makeTransientToDetached}.
 */
public final class Orm {
    private Orm() {
    }

    /**
     * Where a mapped object stands (SQLAlchemy's {@code inspect(obj)}): transient, pending, persistent, deleted or
     * detached, with its identity and Session; {@link UnmappedInstanceError} for an object of an unmapped class.
     */
    public static InstanceInfo inspect(Object entity) {
        InstanceState state = stateOrNull(entity);
        return new InstanceInfo(state, sessionOf(state));
    }

    /** The Session holding the object, or {@code null} (SQLAlchemy's {@code object_session}). */
    public static @Nullable Session objectSession(Object entity) {
        return sessionOf(stateOrNull(entity));
    }

    /**
     * Makes the object transient (SQLAlchemy's {@code make_transient}): removed from its Session, without identity,
     * its expired attributes left unloaded (they read as their Java defaults, not from the database). Works on an
     * object in any state, twice too.
     */
    public static void makeTransient(Object entity) {
        InstanceState state = stateOrNull(entity);
        if (state == null) {
            return;
        }
        Session session = sessionOf(state);
        if (session != null) {
            session.forget(state);
        }
        state.makeTransient();
    }

    /**
     * Makes a transient object detached (SQLAlchemy's {@code make_transient_to_detached}): its primary key becomes its
     * identity, as if it had been loaded and its Session closed; every other attribute is unloaded, so adding it to a
     * Session loads them from its row. {@link InvalidRequestError} unless it is transient.
     */
    public static void makeTransientToDetached(Object entity) {
        InstanceState state = stateFor(entity);
        if (state.state() != io.alchemy.orm.internal.ObjectState.TRANSIENT) {
            throw new InvalidRequestError("Given object must be transient");
        }
        state.toDetached();
    }

    static @Nullable InstanceState stateOrNull(Object entity) {
        mapperOf(entity);
        return entity instanceof ManagedEntity managed ? managed.$alchemy$state() : null;
    }

    static InstanceState stateFor(Object entity) {
        return InstanceState.obtain(entity, mapperOf(entity));
    }

    private static Mapper<?> mapperOf(Object entity) {
        if (entity == null) {
            throw new UnmappedInstanceError("None is not a mapped instance");
        }
        Mapper<?> mapper = Mappers.find(entity.getClass());
        if (mapper == null || !(entity instanceof ManagedEntity)) {
            throw new UnmappedInstanceError("Class '" + entity.getClass().getName() + "' is not mapped");
        }
        return mapper;
    }

    private static @Nullable Session sessionOf(@Nullable InstanceState state) {
        StateOwner owner = state == null ? null : state.owner();
        return owner == null ? null : (Session) owner.session();
    }
}
