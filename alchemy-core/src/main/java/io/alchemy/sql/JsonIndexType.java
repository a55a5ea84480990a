package io.alchemy.sql;

import io.alchemy.exc.ArgumentError;
import io.alchemy.types.SqlType;
import io.alchemy.types.TypeContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The type of the index in {@code json.get(index)} (SQLAlchemy's {@code JSONIndexType}): a String key or an integer
 * position, bound as the dialect wants it ({@link TypeContext#bindJsonIndex}): as is on
 * PostgreSQL, as a JSON path ({@code $."key"}, {@code $[0]}) on SQLite and MySQL.
 */
final class JsonIndexType extends SqlType<Object> {
    static final JsonIndexType INSTANCE = new JsonIndexType();

    private JsonIndexType() {
    }

    /** {@code index} when it is a String or an integer; an {@link ArgumentError} otherwise. */
    static Object check(Object index) {
        if (index instanceof String || index instanceof Integer || index instanceof Long) {
            return index;
        }
        throw new ArgumentError("A JSON index is a String key or an Integer position, got "
                + (index == null ? "null" : index.getClass().getName() + " " + index));
    }

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        dialect.bindJsonIndex(statement, index, check(value));
    }

    @Override
    public String toString() {
        return "JSONIndexType";
    }
}
