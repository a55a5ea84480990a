package io.alchemy.types;

import java.util.Locale;

/**
 * A type known only by its SQL spelling, such as reflection finds for database-specific types Alchemy has no
 * family for ({@code INTERVAL}, {@code INET}, …). Renders its name verbatim; values go through the driver as they are.
 */
public final class RawType extends SqlType<Object> {
    private final String sql;

    RawType(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new io.alchemy.exc.ArgumentError("A raw type needs its SQL spelling");
        }
        this.sql = sql.trim();
    }

    /** The type as written in DDL. */
    public String sql() {
        return sql;
    }

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }

    @Override
    public Object read(java.sql.ResultSet resultSet, int index, TypeContext dialect)
            throws java.sql.SQLException {
        return resultSet.getObject(index);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitRaw(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawType other && other.sql.equalsIgnoreCase(sql);
    }

    @Override
    public int hashCode() {
        return sql.toUpperCase(Locale.ROOT).hashCode();
    }

    @Override
    public String toString() {
        return sql;
    }
}
