package io.alchemy.types;

import java.sql.SQLDataException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Dates and times as text, for databases without temporal types (SQLite), in SQLAlchemy's storage format:
 * {@code 2024-01-02}, {@code 03:04:05.000006}, {@code 2024-01-02 03:04:05.000006}. Parsing also accepts a
 * {@code T} separator and a missing or shorter fraction ({@code CURRENT_TIMESTAMP} writes none).
 */
final class TemporalText {
    private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter DATE_TIME_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME_IN = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter DATE_TIME_IN = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .append(TIME_IN)
            .toFormatter();

    private TemporalText() {
    }

    static String format(LocalDate date) {
        return date.toString();
    }

    static String format(LocalTime time) {
        return TIME_OUT.format(time);
    }

    static String format(LocalDateTime dateTime) {
        return DATE_TIME_OUT.format(dateTime);
    }

    static LocalDate parseDate(String text) throws SQLDataException {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new SQLDataException("Cannot read '" + text + "' as a DATE", e);
        }
    }

    static LocalTime parseTime(String text) throws SQLDataException {
        try {
            return LocalTime.parse(text, TIME_IN);
        } catch (DateTimeParseException e) {
            throw new SQLDataException("Cannot read '" + text + "' as a TIME", e);
        }
    }

    static LocalDateTime parseDateTime(String text) throws SQLDataException {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text, DATE_TIME_IN);
        } catch (DateTimeParseException e) {
            throw new SQLDataException("Cannot read '" + text + "' as a DATETIME", e);
        }
    }
}
