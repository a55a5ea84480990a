package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/** DATE, read as {@link LocalDate}; binds LocalDate or {@code java.sql.Date}. Stored as ISO text on SQLite. */
public final class DateType extends SqlType<LocalDate> {
    static final DateType INSTANCE = new DateType();

    private DateType() {
    }

    @Override
    public Class<LocalDate> javaType() {
        return LocalDate.class;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        boolean asText = !dialect.supportsNativeDateTime();
        if (value == null) {
            statement.setNull(index, asText ? Types.VARCHAR : Types.DATE);
            return;
        }
        LocalDate date;
        if (value instanceof LocalDate d) {
            date = d;
        } else if (value instanceof java.sql.Date d) {
            date = d.toLocalDate();
        } else {
            throw Binding.wrongType(this, value);
        }
        if (asText) {
            statement.setString(index, TemporalText.format(date));
        } else {
            statement.setObject(index, date);
        }
    }

    @Override
    public LocalDate read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        if (!dialect.supportsNativeDateTime()) {
            String text = resultSet.getString(index);
            return text == null ? null : TemporalText.parseDate(text);
        }
        return resultSet.getObject(index, LocalDate.class);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDate(this);
    }

    @Override
    public String toString() {
        return "DATE";
    }
}
