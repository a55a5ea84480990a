package io.alchemy.schema;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What {@code createAll}, {@code dropAll}, reflection and {@link Inspector} run on when given a whole database: the
 * engine's {@code io.alchemy.engine.Engine} is one, so that {@code metadata.createAll(engine)} works while this
 * package knows nothing of the engine.
 */
public interface SchemaEngine {

    /** The dialect of the database. */
    SchemaDialect dialect();

    /** Runs {@code work} on a connection of its own, in a transaction that commits when it returns. */
    void inSchemaTransaction(Consumer<SchemaConnection> work);

    /** Runs {@code work} on a connection of its own, closed afterwards, and returns what it returns. */
    <T> T withSchemaConnection(Function<SchemaConnection, T> work);
}
