package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import io.alchemy.sql.BindSlot;
import io.alchemy.types.SqlType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

/**
 * Binds positional values to a statement: through the slot's {@link SqlType} when it has one, otherwise by the
 * value's Java type, adapted to what the dialect's driver accepts (java.time and UUID as text on SQLite and where
 * there is no native UUID, enums by name).
 */
final class ValueBinder {
    private ValueBinder() {
    }

    static void bindAll(PreparedStatement statement, List<BindSlot> slots, List<Object> values, Dialect dialect)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                dialect.checkBindValue(value);
            }
            SqlType<?> type = i < slots.size() ? slots.get(i).type() : null;
            if (type != null) {
                type.bind(statement, i + 1, values.get(i), dialect);
            } else {
                bindUntyped(statement, i + 1, values.get(i), dialect);
            }
        }
    }

    static void bindUntyped(PreparedStatement statement, int index, Object value, Dialect dialect) throws SQLException {
        boolean temporalAsText = !dialect.supportsNativeDateTime();
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof UUID uuid && !dialect.supportsNativeUuid()) {
            statement.setString(index, uuid.toString());
        } else if (value instanceof Character c) {
            statement.setString(index, c.toString());
        } else if (value instanceof BigInteger big) {
            statement.setBigDecimal(index, new BigDecimal(big));
        } else if (value instanceof Temporal temporal && temporalAsText) {
            statement.setString(index, isoText(temporal));
        } else {
            statement.setObject(index, value);
        }
    }

    /** How SQLAlchemy stores date/time values in SQLite: ISO 8601 text with a space between date and time. */
    private static String isoText(Temporal temporal) {
        if (temporal instanceof LocalDateTime dateTime) {
            return dateTime.toString().replace('T', ' ');
        }
        if (temporal instanceof OffsetDateTime dateTime) {
            return dateTime.toString().replace('T', ' ');
        }
        return temporal.toString();
    }
}
