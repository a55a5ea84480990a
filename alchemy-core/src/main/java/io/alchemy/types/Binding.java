package io.alchemy.types;

import io.alchemy.exc.ArgumentError;

/** Shared checks for the types' {@code bind} methods: the error raised for a value of the wrong Java type. */
final class Binding {
    private Binding() {
    }

    /** An {@link ArgumentError} saying that {@code value} cannot be bound as {@code type}. */
    static ArgumentError wrongType(SqlType<?> type, Object value) {
        return new ArgumentError("Cannot bind a value of " + value.getClass().getName() + " (" + shorten(value)
                + ") to a parameter of type " + type + "; expected " + type.javaType().getName());
    }

    /** An {@link ArgumentError} saying that {@code value} does not fit {@code type}, and why. */
    static ArgumentError doesNotFit(SqlType<?> type, Object value, String why) {
        return new ArgumentError("Cannot bind " + shorten(value) + " to a parameter of type " + type + ": " + why);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
