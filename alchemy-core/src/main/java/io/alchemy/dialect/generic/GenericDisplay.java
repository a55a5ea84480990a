package io.alchemy.dialect.generic;

import io.alchemy.sql.DisplayDialect;
import io.alchemy.sql.SqlDialect;

/** Registers {@link GenericDialect} as the dialect that displays statements ({@code toString()}). */
public final class GenericDisplay implements DisplayDialect {

    /** As ServiceLoader creates it. */
    public GenericDisplay() {
    }

    @Override
    public SqlDialect dialect() {
        return GenericDialect.INSTANCE;
    }
}
