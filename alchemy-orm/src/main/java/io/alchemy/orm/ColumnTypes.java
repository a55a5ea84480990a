package io.alchemy.orm;

import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.FieldValues;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The SQL type of a mapped field: the one its {@link MappedColumn} asks for, else the one its Java type implies. */
public final class ColumnTypes {
    private ColumnTypes() {
    }

    static SqlType<?> of(Field field, MappedColumn options) {
        if (options != null && options.typeFactory() != MappedColumn.NoType.class) {
            return fromFactory(field, options.typeFactory());
        }
        ColumnType wanted = options == null ? ColumnType.AUTO : options.type();
        int length = options == null ? -1 : options.length();
        int precision = options == null ? -1 : options.precision();
        int scale = options == null ? -1 : options.scale();
        SqlType<?> type = wanted == ColumnType.AUTO ? inferred(field.getType(), length, precision, scale)
                : declared(wanted, field.getType(), length, precision, scale);
        if (type == null) {
            throw new ArgumentError("No SQL type for field " + where(field) + " of type " + field.getType().getName()
                    + "; give one with @MappedColumn(type = ColumnType.…) or @MappedColumn(typeFactory = …)");
        }
        checkFits(field, type);
        return type;
    }

    /** The values of {@code type} must fit the field: the same class, a related one, or numbers both. */
    private static void checkFits(Field field, SqlType<?> type) {
        Class<?> values = type.javaType();
        Class<?> holder = FieldValues.boxed(field.getType());
        boolean fits = values == Object.class || holder.isAssignableFrom(values) || values.isAssignableFrom(holder)
                || Number.class.isAssignableFrom(values) && Number.class.isAssignableFrom(holder)
                || values == OffsetDateTime.class && (holder == Instant.class || holder == ZonedDateTime.class);
        if (!fits) {
            throw new ArgumentError("Field " + where(field) + " of type " + field.getType().getName() + " cannot hold "
                    + "the values of its column type " + type + " (" + values.getName() + "); change the field's type "
                    + "or @MappedColumn(type = …)");
        }
    }

    private static SqlType<?> inferred(Class<?> java, int length, int precision, int scale) {
        if (java == Integer.class || java == int.class) {
            return Types.INTEGER;
        } else if (java == Long.class || java == long.class) {
            return Types.BIGINT;
        } else if (java == Short.class || java == short.class || java == Byte.class || java == byte.class) {
            return Types.SMALLINT;
        } else if (java == String.class) {
            return length > 0 ? Types.string(length) : Types.STRING;
        } else if (java == Boolean.class || java == boolean.class) {
            return Types.BOOLEAN;
        } else if (java == BigDecimal.class) {
            return numeric(precision, scale);
        } else if (java == Double.class || java == double.class) {
            return Types.DOUBLE;
        } else if (java == Float.class || java == float.class) {
            return Types.FLOAT;
        } else if (java == LocalDate.class) {
            return Types.DATE;
        } else if (java == LocalTime.class) {
            return Types.TIME;
        } else if (java == LocalDateTime.class) {
            return Types.DATETIME;
        } else if (java == OffsetDateTime.class || java == Instant.class || java == ZonedDateTime.class) {
            return Types.datetimeTz();
        } else if (java == UUID.class) {
            return Types.UUID;
        } else if (java == byte[].class) {
            return Types.LARGE_BINARY;
        } else if (java.isEnum()) {
            return enumType(java);
        } else if (Map.class.isAssignableFrom(java) || List.class.isAssignableFrom(java)) {
            return Types.JSON;
        }
        return null;
    }

    private static SqlType<?> declared(ColumnType wanted, Class<?> java, int length, int precision, int scale) {
        return switch (wanted) {
            case AUTO -> null;
            case INTEGER -> Types.INTEGER;
            case BIGINT -> Types.BIGINT;
            case SMALLINT -> Types.SMALLINT;
            case STRING -> length > 0 ? Types.string(length) : Types.STRING;
            case CHAR -> Types.character(length > 0 ? length : 1);
            case TEXT -> Types.TEXT;
            case BOOLEAN -> Types.BOOLEAN;
            case NUMERIC -> numeric(precision, scale);
            case FLOAT -> Types.FLOAT;
            case DOUBLE -> Types.DOUBLE;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case DATETIME -> Types.DATETIME;
            case DATETIME_TZ -> Types.datetimeTz();
            case UUID -> Types.UUID;
            case JSON -> Types.JSON;
            case LARGE_BINARY -> Types.LARGE_BINARY;
            case ENUM -> {
                if (!java.isEnum()) {
                    throw new ArgumentError("ColumnType.ENUM needs an enum field, not " + java.getName());
                }
                yield enumType(java);
            }
        };
    }

    private static SqlType<BigDecimal> numeric(int precision, int scale) {
        if (precision > 0) {
            return scale >= 0 ? Types.numeric(precision, scale) : Types.numeric(precision);
        }
        return Types.NUMERIC;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SqlType<?> enumType(Class<?> java) {
        return Types.enumType((Class) java);
    }

    private static SqlType<?> fromFactory(Field field, Class<? extends Supplier<? extends SqlType<?>>> factory) {
        try {
            SqlType<?> type = factory.getDeclaredConstructor().newInstance().get();
            if (type == null) {
                throw new ArgumentError("typeFactory " + factory.getName() + " of " + where(field) + " returned null");
            }
            return type;
        } catch (ReflectiveOperationException e) {
            throw new ArgumentError("typeFactory " + factory.getName() + " of " + where(field)
                    + " needs a public no-argument constructor", e);
        }
    }

    /** {@code Class.field}: how error messages name a mapped field. */
    public static String where(Field field) {
        return FieldValues.where(field);
    }
}
