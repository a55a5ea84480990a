package io.alchemy.event;

import io.alchemy.engine.Connection;

/**
 * The subject of a connection or transaction event.
 *
 * @param connection the Alchemy connection
 * @param dialectName the engine's dialect name
 */
public record ConnectionEvent(Connection connection, String dialectName) {
}
