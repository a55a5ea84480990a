package io.alchemy.types;

import io.alchemy.exc.ArgumentError;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;

/**
 * JSON documents (PostgreSQL and MySQL JSON, text elsewhere). Values are what {@link Json} writes and parses:
 * maps, lists, strings, numbers, booleans. A Java {@code null} is SQL NULL.
 */
public final class JsonType extends SqlType<Object> {
    static final JsonType INSTANCE = new JsonType();

    private JsonType() {
    }

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        dialect.bindJson(statement, index, value == null ? null : Json.write(value));
    }

    @Override
    public Object read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        String text = resultSet.getString(index);
        if (text == null) {
            return null;
        }
        try {
            return Json.parse(text);
        } catch (ArgumentError e) {
            throw new SQLDataException(e.getMessage(), e);
        }
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitJson(this);
    }

    @Override
    public String toString() {
        return "JSON";
    }
}
