package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;

/** The return types of the known functions. */
final class FunctionTypes {
    private FunctionTypes() {
    }

    /**
     * {@code count}, {@code row_number}, {@code rank}, {@code dense_rank}: SQLAlchemy's Integer, read as a Java
     * {@code Integer} whatever the driver returns for them (PostgreSQL's bigint, MySQL's BIGINT).
     */
    static SqlType<Integer> integer() {
        return Types.INTEGER;
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
