package io.alchemy.engine;

import io.alchemy.exc.ArgumentError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * Converts a column value to the Java type a caller asks for ({@code row.get("x", Integer.class)}): numbers convert
 * when the value fits exactly, 0/1 to booleans, ISO text to java.time and UUIDs; anything else is an
 * {@link ArgumentError} naming the column, the value and both types.
 */
final class ValueConverter {
    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private ValueConverter() {
    }

    @SuppressWarnings("unchecked")
    static <T> T convert(Object value, Class<T> requested, String column) {
        Class<?> type = WRAPPERS.getOrDefault(requested, requested);
        if (value == null || type.isInstance(value)) {
            return (T) value;
        }
        Object converted = null;
        try {
            if (value instanceof Number number) {
                converted = fromNumber(number, type);
            } else if (value instanceof CharSequence text) {
                converted = fromText(text.toString(), type);
            } else if (value instanceof Boolean b && Number.class.isAssignableFrom(type)) {
                converted = fromNumber(b ? 1 : 0, type);
            }
        } catch (ArithmeticException | IllegalArgumentException | DateTimeParseException e) {
            throw mismatch(value, requested, column, e);
        }
        if (converted == null) {
            throw mismatch(value, requested, column, null);
        }
        return (T) converted;
    }

    private static Object fromNumber(Number number, Class<?> type) {
        if (type == Double.class) {
            return number.doubleValue();
        }
        if (type == Float.class) {
            return number.floatValue();
        }
        BigDecimal exact = number instanceof BigDecimal d ? d
                : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                : new BigDecimal(number.toString());
        if (type == BigDecimal.class) {
            return exact;
        }
        if (type == Boolean.class) {
            int bit = exact.intValueExact();
            if (bit != 0 && bit != 1) {
                throw new ArithmeticException("not 0 or 1");
            }
            return bit == 1;
        }
        if (type == Long.class) {
            return exact.longValueExact();
        }
        if (type == Integer.class) {
            return exact.intValueExact();
        }
        if (type == Short.class) {
            return exact.shortValueExact();
        }
        if (type == Byte.class) {
            return exact.byteValueExact();
        }
        return type == BigInteger.class ? exact.toBigIntegerExact() : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromText(String text, Class<?> type) {
        if (type == Character.class && text.length() == 1) {
            return text.charAt(0);
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text.replace(' ', 'T'));
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text.replace(' ', 'T'));
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class) type, text);
        }
        return null;
    }

    private static ArgumentError mismatch(Object value, Class<?> type, String column, Exception cause) {
        String message = "Column '" + column + "' holds " + PythonRepr.of(value) + " (" + value.getClass().getName()
                + "), which cannot be read as " + type.getName();
        return cause == null ? new ArgumentError(message) : new ArgumentError(message + ": " + cause.getMessage(), cause);
    }
}
