package io.alchemy.orm.persistence;

import io.alchemy.engine.Connection;
import io.alchemy.orm.internal.InstanceState;
import io.alchemy.orm.loading.EntityLoader;

/**
 * Where a flush writes each object: the transaction's connection to the object's bind (the engine its class or table
 * is bound to, or its shard), and the loader for the rows read from there.
 */
public interface FlushTarget {

    /** The connection that writes (and reads the related rows of) {@code state}. */
    Connection connection(InstanceState state);

    /** The loader for rows read through {@link #connection(InstanceState)} of {@code state}. */
    EntityLoader loader(InstanceState state);

    /** Every object goes through one connection and one loader. */
    static FlushTarget single(Connection connection, EntityLoader loader) {
        return new FlushTarget() {
            @Override
            public Connection connection(InstanceState state) {
                return connection;
            }

            @Override
            public EntityLoader loader(InstanceState state) {
                return loader;
            }
        };
    }
}
