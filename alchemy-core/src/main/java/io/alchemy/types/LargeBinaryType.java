package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Binary data (BLOB, BYTEA), read as {@code byte[]}; only {@code byte[]} binds. */
public final class LargeBinaryType extends SqlType<byte[]> {
    static final LargeBinaryType INSTANCE = new LargeBinaryType();

    private LargeBinaryType() {
    }

    @Override
    public Class<byte[]> javaType() {
        return byte[].class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BINARY);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            throw Binding.wrongType(this, value);
        }
    }

    @Override
    public byte[] read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        return resultSet.getBytes(index);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitLargeBinary(this);
    }

    @Override
    public String toString() {
        return "LARGE_BINARY";
    }
}
