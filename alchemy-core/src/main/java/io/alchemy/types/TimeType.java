package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * TIME (without time zone), read as {@link LocalTime} with microsecond precision; binds LocalTime or
 * {@code java.sql.Time}. Stored as text ({@code 03:04:05.000006}) on SQLite.
 */
public final class TimeType extends SqlType<LocalTime> {
    static final TimeType INSTANCE = new TimeType();

    private TimeType() {
    }

    @Override
    public Class<LocalTime> javaType() {
        return LocalTime.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        boolean asText = !dialect.supportsNativeDateTime();
        if (value == null) {
            statement.setNull(index, asText ? Types.VARCHAR : Types.TIME);
            return;
        }
        LocalTime time;
        if (value instanceof LocalTime t) {
            time = t.truncatedTo(ChronoUnit.MICROS);
        } else if (value instanceof java.sql.Time t) {
            time = t.toLocalTime();
        } else {
            throw Binding.wrongType(this, value);
        }
        if (asText) {
            statement.setString(index, TemporalText.format(time));
        } else {
            statement.setObject(index, time);
        }
    }

    @Override
    public LocalTime read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        if (!dialect.supportsNativeDateTime()) {
            String text = resultSet.getString(index);
            return text == null ? null : TemporalText.parseTime(text);
        }
        return resultSet.getObject(index, LocalTime.class);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitTime(this);
    }

    @Override
    public String toString() {
        return "TIME";
    }
}
