package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * BOOLEAN. Where the database has no boolean type (SQLite, MySQL) the value is stored as 0 / 1 and read back as a
 * {@code Boolean}. Only {@code Boolean} values bind.
 */
public final class BooleanType extends SqlType<Boolean> {
    static final BooleanType INSTANCE = new BooleanType();

    private BooleanType() {
    }

    @Override
    public Class<Boolean> javaType() {
        return Boolean.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        boolean nativeBoolean = dialect.supportsNativeBoolean();
        if (value == null) {
            statement.setNull(index, nativeBoolean ? Types.BOOLEAN : Types.INTEGER);
        } else if (!(value instanceof Boolean flag)) {
            throw Binding.wrongType(this, value);
        } else if (nativeBoolean) {
            statement.setBoolean(index, flag);
        } else {
            statement.setInt(index, flag ? 1 : 0);
        }
    }

    @Override
    public Boolean read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        boolean flag = resultSet.getBoolean(index);
        return resultSet.wasNull() ? null : flag;
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitBoolean(this);
    }

    @Override
    public String toString() {
        return "BOOLEAN";
    }
}
