package io.alchemy.schema;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value Alchemy supplies for a column on INSERT (or UPDATE, for {@code onupdate}) when the statement gives none:
 * a fixed value, or a {@link Supplier} called once per row. It is applied in Java, never rendered in DDL (that is
 * what {@link Column#serverDefault(String)} is for).
 */
public final class ColumnDefault {
    private final Object value;
    private final Supplier<?> supplier;

    private ColumnDefault(Object value, Supplier<?> supplier) {
        this.value = value;
        this.supplier = supplier;
    }

    /** A fixed value. */
    public static ColumnDefault of(Object value) {
        return new ColumnDefault(value, null);
    }

    /** A value computed for each row. */
    public static ColumnDefault computed(Supplier<?> supplier) {
        return new ColumnDefault(null, Objects.requireNonNull(supplier, "supplier"));
    }

    /** Whether the value is computed for each row. */
    public boolean isComputed() {
        return supplier != null;
    }

    /** The value for one row: the fixed value, or the supplier's next one. */
    public Object produce() {
        return supplier != null ? supplier.get() : value;
    }

    @Override
    public String toString() {
        return supplier != null ? "ColumnDefault(<computed>)" : "ColumnDefault(" + value + ")";
    }
}
