package io.alchemy.types;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The built-in SQL types, for {@code import static io.alchemy.types.Types.*}: constants for the types without
 * parameters ({@link #INTEGER}, {@link #STRING}, …) and factories for those with ({@link #string(int)},
 * {@link #numeric(int, int)}, {@link #enumType(Class)}, …).
 */
public final class Types {
    /** INTEGER, as {@code Integer}. */
    public static final SqlType<Integer> INTEGER = IntegerType.INTEGER;
    /** BIGINT, as {@code Long}. */
    public static final SqlType<Long> BIGINT = IntegerType.BIGINT;
    /** SMALLINT, as {@code Short}. */
    public static final SqlType<Short> SMALLINT = IntegerType.SMALLINT;
    /** VARCHAR without a length (MySQL, which needs one, gets 255). */
    public static final SqlType<String> STRING = StringType.VARCHAR;
    /** Unbounded text (TEXT; CLOB on H2). */
    public static final SqlType<String> TEXT = StringType.TEXT;
    /** BOOLEAN; 0/1 where the database has no boolean. */
    public static final SqlType<Boolean> BOOLEAN = BooleanType.INSTANCE;
    /** NUMERIC without precision, as {@code BigDecimal}. */
    public static final SqlType<BigDecimal> NUMERIC = NumericType.UNCONSTRAINED;
    /** FLOAT, as {@code Double} (single precision on MySQL/MariaDB). */
    public static final SqlType<Double> FLOAT = FloatType.FLOAT;
    /** DOUBLE (DOUBLE PRECISION), as {@code Double}. */
    public static final SqlType<Double> DOUBLE = FloatType.DOUBLE;
    /** DATE, as {@code LocalDate}. */
    public static final SqlType<LocalDate> DATE = DateType.INSTANCE;
    /** TIME, as {@code LocalTime}. */
    public static final SqlType<LocalTime> TIME = TimeType.INSTANCE;
    /** DATETIME / TIMESTAMP without time zone, as {@code LocalDateTime}. */
    public static final SqlType<LocalDateTime> DATETIME = DateTimeType.NAIVE;
    /** UUID: native on PostgreSQL and H2, CHAR(32) hex elsewhere. */
    public static final SqlType<UUID> UUID_TYPE = UuidType.INSTANCE;
    /** Same as {@link #UUID_TYPE}, under SQLAlchemy's name. */
    public static final SqlType<UUID> UUID = UuidType.INSTANCE;
    /** JSON documents as maps, lists, strings, numbers and booleans. */
    public static final SqlType<Object> JSON = JsonType.INSTANCE;
    /** Binary data as {@code byte[]} (BLOB, BYTEA). */
    public static final SqlType<byte[]> LARGE_BINARY = LargeBinaryType.INSTANCE;
    /** The type of an expression whose type is unknown. */
    public static final SqlType<Object> NULLTYPE = NullType.INSTANCE;

    private Types() {
    }

    /** VARCHAR(length). */
    public static SqlType<String> string(int length) {
        return new StringType(StringType.Kind.VARCHAR, length);
    }

    /** Fixed-length CHAR(length). */
    public static SqlType<String> character(int length) {
        return new StringType(StringType.Kind.CHAR, length);
    }

    /** NUMERIC(precision). */
    public static SqlType<BigDecimal> numeric(int precision) {
        return new NumericType(precision, null);
    }

    /** NUMERIC(precision, scale), as {@code BigDecimal}. */
    public static SqlType<BigDecimal> numeric(int precision, int scale) {
        return new NumericType(precision, scale);
    }

    /** DATETIME, without time zone (as {@code LocalDateTime}); use {@link #datetimeTz()} for the other. */
    public static SqlType<LocalDateTime> datetime() {
        return DateTimeType.NAIVE;
    }

    /**
     * DATETIME; {@code datetime(true)} keeps the time zone (TIMESTAMP WITH TIME ZONE) and reads
     * {@code OffsetDateTime}. Typed uses prefer {@link #DATETIME} or {@link #datetimeTz()}.
     */
    public static SqlType<?> datetime(boolean timezone) {
        return timezone ? DateTimeType.WITH_TIME_ZONE : DateTimeType.NAIVE;
    }

    /** TIMESTAMP WITH TIME ZONE, as {@code OffsetDateTime}. */
    public static SqlType<OffsetDateTime> datetimeTz() {
        return DateTimeType.WITH_TIME_ZONE;
    }

    /** A Java enum stored by constant name (native ENUM on MySQL/MariaDB, VARCHAR + CHECK elsewhere). */
    public static <E extends Enum<E>> SqlType<E> enumType(Class<E> enumClass) {
        return new EnumType<>(enumClass);
    }

    /** A type known only by its SQL spelling, rendered verbatim ({@code raw("INTERVAL")}). */
    public static SqlType<Object> raw(String sql) {
        return new RawType(sql);
    }
}
