package io.alchemy.orm.loading;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Row;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.state.EntityKey;
import io.alchemy.orm.state.UnitOfWork;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a relationship loader needs of the Session: autoflush, the transaction's connection for a statement (the
 * connection of the statement's bind, or of the shard being loaded from), the identity map and the row-to-object
 * loader.
 *
 * @param autoflush flushes pending changes (nothing while a flush runs)
 * @param connection the transaction's connection that runs a statement
 * @param work the Session's objects
 * @param loader turns rows into objects through the identity map
 */
public record LoadContext(Runnable autoflush, Function<Executable, Connection> connection, UnitOfWork work, EntityLoader loader) {

    /** Flushes pending changes first, as a lazy load does (autoflush), then runs {@code statement}. */
    public List<Row> rows(Select<?> statement) {
        autoflush.run();
        return connection.apply(statement).execute(statement).all();
    }

    /** The object of the mapper's columns at {@code positions} of each row, through the identity map. */
    public List<Object> objects(Mapper<?> mapper, List<Row> rows, int[] positions) {
        List<Object> objects = new ArrayList<>(rows.size());
        for (Row row : rows) {
            objects.add(loader.load(mapper, row, positions));
        }
        return objects;
    }

    /** The persistent object of {@code mapper} with primary key {@code id} in the identity map, or {@code null}. */
    @Nullable Object present(Mapper<?> mapper, List<Object> id) {
        InstanceState state = work.inIdentityMap(EntityKey.of(mapper, id, loader.identityToken()));
        return state == null || work.isMarkedDeleted(state) || !mapper.entityClass().isInstance(state.object()) ? null
                : state.object();                 // another class of the hierarchy is not the one asked for
    }
}
