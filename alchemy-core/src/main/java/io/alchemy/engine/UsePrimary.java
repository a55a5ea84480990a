package io.alchemy.engine;

import io.alchemy.sql.Executable;
import io.alchemy.sql.ExecutableOption;
import io.alchemy.sql.Select;

/**
 * A statement option asking for the primary database (Ebean's {@code usingMaster()}): {@code
 * select(User.class).where(…).options(UsePrimary.usePrimary())}. On a connection routed to a read replica (a
 * read-only transaction, see {@link ReplicatedEngine} and the Spring integration) the statement runs on a primary
 * connection of its own, in autocommit, outside the replica transaction, and its rows are buffered; on a primary
 * connection the option changes nothing. Use it for the read that must see a write the replica may not have applied
 * yet.
 */
public enum UsePrimary implements ExecutableOption {
    /** The one instance. */
    INSTANCE;

    /** The option: run this statement on the primary. */
    public static UsePrimary usePrimary() {
        return INSTANCE;
    }

    /** Whether {@code statement} carries the option. */
    public static boolean isRequested(Executable statement) {
        return statement instanceof Select<?> select && select.getOptions().contains(INSTANCE);
    }
}
