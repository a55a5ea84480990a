package io.alchemy.sql;

import io.alchemy.types.SqlType;

/** The SQL type a plain Java value binds with when nothing else says ({@code literal("x")}, a function argument). */
final class LiteralTypes {
    private LiteralTypes() {
    }

    /** The type for {@code value}, or {@code null} to let the driver decide. */
    static SqlType<?> typeOf(Object value) {
        return null;
    }
}
