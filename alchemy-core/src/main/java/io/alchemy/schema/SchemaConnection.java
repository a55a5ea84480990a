package io.alchemy.schema;

import io.alchemy.sql.Executable;

/**
 * What {@code createAll}, {@code dropAll}, reflection and {@link Inspector} run on: an open connection. The engine's
 * {@code io.alchemy.engine.Connection} is one, so that {@code metadata.createAll(connection)} works while this
 * package knows nothing of the engine.
 */
public interface SchemaConnection {

    /** The connection's dialect. */
    SchemaDialect dialect();

    /** The underlying JDBC connection, which reflection reads from. */
    java.sql.Connection jdbcConnection();

    /** Executes a statement (DDL here); the engine's connection returns its {@code Result}. */
    Object execute(Executable statement);
}
