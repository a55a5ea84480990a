package io.alchemy.sql;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A bind value computed when a statement executes, once per parameter set: how a column's Java-side default
 * ({@code column(...).defaultValue(UUID::randomUUID)}) reaches an INSERT. Equal when made for the same source, so
 * that compiling a statement twice gives equal results. {@link BindSlot#resolvedValue()} produces the value.
 */
public final class ComputedValue {
    private final Object source;
    private final Supplier<?> supplier;

    private ComputedValue(Object source, Supplier<?> supplier) {
        this.source = source;
        this.supplier = supplier;
    }

    /** A value computed by {@code supplier}, identified by {@code source} (the default it comes from). */
    public static ComputedValue of(Object source, Supplier<?> supplier) {
        return new ComputedValue(Objects.requireNonNull(source, "source"), Objects.requireNonNull(supplier, "supplier"));
    }

    /** The next value. */
    public Object produce() {
        return supplier.get();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComputedValue computed && computed.source == source;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(source);
    }

    @Override
    public String toString() {
        return "ComputedValue(" + source + ")";
    }
}
