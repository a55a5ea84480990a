package io.alchemy.event;


/**
 * The subject of a connection or transaction event.
 *
 * @param connection the Alchemy connection
 * @param dialectName the engine's dialect name
 */
public record ConnectionEvent(EventConnection connection, String dialectName) {
}
