package io.alchemy.sql;

import io.alchemy.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * One {@code ?} of a compiled statement, in order: the parameter name it takes its value from, the type that binds
 * it ({@code null}: let the driver decide), and an optional value fixed at construction time (a literal compared in
 * an expression), used when the execution parameters do not name it.
 *
 * @param name the parameter name (the {@code x} of {@code :x})
 * @param type the SQL type used to bind the value, or {@code null}
 * @param value the value fixed in the statement, when {@link #hasValue()}
 * @param hasValue whether {@link #value()} is set ({@code null} is a legal fixed value)
 */
public record BindSlot(String name, @Nullable SqlType<?> type, @Nullable Object value, boolean hasValue) {

    /** A slot whose value must come from the execution parameters. */
    public static BindSlot required(String name, SqlType<?> type) {
        return new BindSlot(name, type, null, false);
    }

    /** The value to bind when no parameter overrides it: the fixed value, or a {@link ComputedValue}'s next one. */
    public Object resolvedValue() {
        return value instanceof ComputedValue computed ? computed.produce() : value;
    }

    /** A slot with a value fixed in the statement, which execution parameters of the same name override. */
    public static BindSlot withValue(String name, SqlType<?> type, Object value) {
        return new BindSlot(name, type, value, true);
    }
}
