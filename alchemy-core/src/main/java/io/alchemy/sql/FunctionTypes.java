package io.alchemy.sql;

import io.alchemy.types.SqlType;

/** The return types of the known functions. */
final class FunctionTypes {
    private FunctionTypes() {
    }

    static <T> SqlType<T> count() {
        return null;
    }

    static <T> SqlType<T> string() {
        return null;
    }

    static <T> SqlType<T> dateTime() {
        return null;
    }

    static <T> SqlType<T> date() {
        return null;
    }
}
