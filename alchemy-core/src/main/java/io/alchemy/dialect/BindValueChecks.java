package io.alchemy.dialect;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/** The checks behind {@link Dialect#checkBindValue(Object)}: each throws a SQLState-22 {@link SQLException}. */
public final class BindValueChecks {
    private BindValueChecks() {
    }

    /** An unpaired UTF-16 surrogate cannot be encoded as UTF-8: drivers would send {@code ?} instead. */
    public static void checkSurrogates(String text) throws SQLException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new SQLException(String.format(java.util.Locale.ROOT, "String parameter has an unpaired UTF-16 "
                        + "surrogate \\u%04X at index %d; it cannot be encoded as UTF-8", (int) c, i), "22021");
            }
        }
    }

    /** NaN (and, where {@code infinityToo}, infinities) that the database cannot store. */
    public static void checkFinite(Object value, String database, boolean infinityToo) throws SQLException {
        double d;
        if (value instanceof Double v) {
            d = v;
        } else if (value instanceof Float f) {
            d = f;
        } else {
            return;
        }
        if (Double.isNaN(d) || infinityToo && Double.isInfinite(d)) {
            throw new SQLException(database + " cannot store " + value + " in a floating-point column", "22000");
        }
    }

    /** A decimal outside PostgreSQL's NUMERIC range: at most 131072 digits before the point and 16383 after it. */
    public static void checkPostgresNumeric(Object value) throws SQLException {
        if (value instanceof BigDecimal decimal) {
            long integerDigits = (long) decimal.precision() - decimal.scale();
            if (integerDigits > 131_072 || decimal.scale() > 16_383) {
                throw new SQLException("value overflows numeric format: PostgreSQL's NUMERIC holds at most 131072 digits "
                        + "before the decimal point and 16383 after it; the value has " + Math.max(integerDigits, 0)
                        + " before and " + Math.max(decimal.scale(), 0) + " after", "22003");
            }
        }
    }

    /** A date or timestamp whose year has more than four digits or is negative (SQLite's text dates). */
    public static void checkFourDigitYear(Object value) throws SQLException {
        if (!(value instanceof Temporal)) {
            return;
        }
        int year;
        if (value instanceof LocalDate date) {
            year = date.getYear();
        } else if (value instanceof LocalDateTime dateTime) {
            year = dateTime.getYear();
        } else if (value instanceof OffsetDateTime dateTime) {
            year = dateTime.getYear();
        } else if (value instanceof ZonedDateTime dateTime) {
            year = dateTime.getYear();
        } else {
            return;
        }
        if (year < 0 || year > 9999) {
            throw new SQLException("date/time field value out of range: year " + year + " of " + value
                    + " (SQLite stores dates as text with years 0000 to 9999)", "22008");
        }
    }
}
