package io.alchemy.engine;

import java.sql.Connection;

/** Transaction isolation levels, plus AUTOCOMMIT (every statement commits at once; no BEGIN/COMMIT). */
public enum IsolationLevel {
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE),
    AUTOCOMMIT(Connection.TRANSACTION_NONE);

    private final int jdbcLevel;

    IsolationLevel(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The {@code java.sql.Connection.TRANSACTION_*} constant ({@code TRANSACTION_NONE} for AUTOCOMMIT). */
    public int jdbcLevel() {
        return jdbcLevel;
    }
}
