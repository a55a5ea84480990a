package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;

/** The return types of the known functions. */
final class FunctionTypes {
    private FunctionTypes() {
    }

    static SqlType<Long> count() {
        return Types.BIGINT;
    }

    static SqlType<String> string() {
        return Types.STRING;
    }

    @SuppressWarnings("unchecked")
    static <T> SqlType<T> dateTime() {
        return (SqlType<T>) Types.DATETIME;
    }

    @SuppressWarnings("unchecked")
    static <T> SqlType<T> date() {
        return (SqlType<T>) Types.DATE;
    }
}
