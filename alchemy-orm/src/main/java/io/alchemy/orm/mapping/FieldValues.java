package io.alchemy.orm.mapping;

import io.alchemy.exc.ArgumentError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Converts a value read from the database to the Java type of the field that holds it: numbers between the numeric
 * types when no digit is lost (a BIGINT read for an {@code int} field), a timestamp with time zone to
 * {@link Instant} or {@link ZonedDateTime}; NULL into a primitive field is an error naming the field.
 */
public final class FieldValues {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, double.class, Double.class, float.class, Float.class,
            boolean.class, Boolean.class, char.class, Character.class);

    private FieldValues() {
    }

    /** The boxed type of a primitive, else the type itself. */
    public static Class<?> boxed(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }

    /** {@code value} as the field type needs it; {@code where} names the field in errors. */
    public static Object convert(Object value, Class<?> fieldType, String where) {
        if (value == null) {
            if (fieldType.isPrimitive()) {
                throw new ArgumentError("Field " + where + " is a primitive " + fieldType.getName()
                        + " and cannot hold NULL; declare it " + boxed(fieldType).getSimpleName());
            }
            return null;
        }
        Class<?> target = boxed(fieldType);
        if (target.isInstance(value)) {
            return value;
        }
        Object converted = value instanceof Number number ? number(number, target)
                : value instanceof OffsetDateTime time ? time(time, target) : null;
        if (converted == null) {
            throw new ArgumentError("Field " + where + " of type " + fieldType.getName() + " cannot hold a "
                    + value.getClass().getName() + " (" + value + ")");
        }
        return converted;
    }

    private static Object number(Number number, Class<?> target) {
        BigDecimal exact = number instanceof BigDecimal d ? d : number instanceof BigInteger i ? new BigDecimal(i)
                : number instanceof Double || number instanceof Float ? null : BigDecimal.valueOf(number.longValue());
        try {
            if (target == Integer.class) {
                return exact == null ? null : exact.intValueExact();
            } else if (target == Long.class) {
                return exact == null ? null : exact.longValueExact();
            } else if (target == Short.class) {
                return exact == null ? null : exact.shortValueExact();
            } else if (target == Byte.class) {
                return exact == null ? null : exact.byteValueExact();
            } else if (target == Double.class) {
                return number.doubleValue();
            } else if (target == Float.class) {
                return number.floatValue();
            } else if (target == BigDecimal.class) {
                return exact != null ? exact : new BigDecimal(number.toString());
            } else if (target == Boolean.class) {
                return exact == null ? null : exact.signum() != 0;
            }
        } catch (ArithmeticException lossy) {
            return null;
        }
        return null;
    }

    private static Object time(OffsetDateTime time, Class<?> target) {
        if (target == Instant.class) {
            return time.toInstant();
        }
        return target == ZonedDateTime.class ? time.toZonedDateTime() : null;
    }

    /** {@code Class.field}: how error messages name a mapped field. */
    public static String where(java.lang.reflect.Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }
}
