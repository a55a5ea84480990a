package io.alchemy.types;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A date and time, with microsecond precision. Without time zone: {@link LocalDateTime} (binds LocalDateTime or
 * {@code Timestamp}). With time zone: {@link OffsetDateTime} (binds OffsetDateTime, ZonedDateTime or Instant);
 * where the database cannot keep an offset (SQLite, MySQL) the instant is stored in UTC and read back at UTC.
 * SQLite stores the text {@code 2024-01-02 03:04:05.000000}, as SQLAlchemy does.
 *
 * @param <T> {@code LocalDateTime} or {@code OffsetDateTime}
 */
public final class DateTimeType<T> extends SqlType<T> {
    static final DateTimeType<LocalDateTime> NAIVE = new DateTimeType<>(false, LocalDateTime.class);
    static final DateTimeType<OffsetDateTime> WITH_TIME_ZONE = new DateTimeType<>(true, OffsetDateTime.class);

    private final boolean timezone;
    private final Class<T> javaType;

    private DateTimeType(boolean timezone, Class<T> javaType) {
        this.timezone = timezone;
        this.javaType = javaType;
    }

    /** Whether values carry a time zone offset. */
    public boolean timezone() {
        return timezone;
    }

    @Override
    public Class<T> javaType() {
        return javaType;
    }

    /** Also {@code ZonedDateTime} and {@code Instant} with time zone, {@code Timestamp} without: what {@link #bind} takes. */
    @Override
    public boolean accepts(Object value) {
        return timezone ? value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
                : value instanceof LocalDateTime || value instanceof Timestamp;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, TypeContext dialect) throws SQLException {
        TypeContext storage = dialect;
        if (value == null) {
            statement.setNull(index, !storage.supportsNativeDateTime() ? Types.VARCHAR
                    : timezone && storage.supportsTimezones() ? Types.TIMESTAMP_WITH_TIMEZONE : Types.TIMESTAMP);
            return;
        }
        if (timezone) {
            OffsetDateTime aware = toOffsetDateTime(value).truncatedTo(ChronoUnit.MICROS);
            if (storage.supportsTimezones() && storage.supportsNativeDateTime()) {
                statement.setObject(index, aware);
            } else {
                bindLocal(statement, index, aware.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), storage);
            }
        } else {
            bindLocal(statement, index, toLocalDateTime(value).truncatedTo(ChronoUnit.MICROS), storage);
        }
    }

    private static void bindLocal(PreparedStatement statement, int index, LocalDateTime value, TypeContext storage)
            throws SQLException {
        if (!storage.supportsNativeDateTime()) {
            statement.setString(index, TemporalText.format(value));
        } else {
            statement.setObject(index, value);
        }
    }

    private LocalDateTime toLocalDateTime(Object value) {
        if (value instanceof LocalDateTime local) {
            return local;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        throw Binding.wrongType(this, value);
    }

    private OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        throw Binding.wrongType(this, value);
    }

    @Override
    public T read(ResultSet resultSet, int index, TypeContext dialect) throws SQLException {
        TypeContext storage = dialect;
        if (timezone && storage.supportsTimezones() && storage.supportsNativeDateTime()) {
            return javaType.cast(resultSet.getObject(index, OffsetDateTime.class));
        }
        LocalDateTime local;
        if (!storage.supportsNativeDateTime()) {
            String text = resultSet.getString(index);
            local = text == null ? null : TemporalText.parseDateTime(text);
        } else {
            local = resultSet.getObject(index, LocalDateTime.class);
        }
        if (local == null) {
            return null;
        }
        return javaType.cast(timezone ? local.atOffset(ZoneOffset.UTC) : local);
    }

    @Override
    public <R> R accept(TypeVisitor<R> visitor) {
        return visitor.visitDateTime(this);
    }

    @Override
    public String toString() {
        return timezone ? "DATETIME(timezone=true)" : "DATETIME";
    }
}
