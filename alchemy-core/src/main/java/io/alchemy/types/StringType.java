package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Character data: VARCHAR with or without a length, fixed-length CHAR, and unbounded TEXT. Binds any
 * {@link CharSequence} or {@link Character}; reads {@code String}.
 */
public final class StringType extends SqlType<String> {

    /** Which character type. */
    public enum Kind { VARCHAR, CHAR, TEXT }

    static final StringType VARCHAR = new StringType(Kind.VARCHAR, null);
    static final StringType TEXT = new StringType(Kind.TEXT, null);

    private final Kind kind;
    private final Integer length;

    StringType(Kind kind, Integer length) {
        if (length != null && length <= 0) {
            throw new io.alchemy.exc.ArgumentError(kind + " length must be positive, not " + length);
        }
        this.kind = kind;
        this.length = length;
    }

    /** VARCHAR, CHAR or TEXT. */
    public Kind kind() {
        return kind;
    }

    /** The declared length, or {@code null} when none was given. */
    public @Nullable Integer length() {
        return length;
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof CharSequence || value instanceof Character) {
            statement.setString(index, value.toString());
        } else {
            throw Binding.wrongType(this, value);
        }
    }

    @Override
    public String read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        return resultSet.getString(index);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitString(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringType other && other.kind == kind && Objects.equals(other.length, length);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length);
    }

    @Override
    public String toString() {
        return length == null ? kind.name() : kind.name() + "(" + length + ")";
    }
}
