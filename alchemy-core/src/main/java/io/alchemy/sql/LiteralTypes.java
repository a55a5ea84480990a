package io.alchemy.sql;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The SQL type a plain Java value binds with when nothing else says ({@code literal("x")}, a function argument). */
final class LiteralTypes {
    private static final Map<Class<?>, SqlType<?>> BY_CLASS = Map.ofEntries(
            Map.entry(String.class, Types.STRING), Map.entry(Integer.class, Types.INTEGER),
            Map.entry(Long.class, Types.BIGINT), Map.entry(Short.class, Types.SMALLINT),
            Map.entry(Boolean.class, Types.BOOLEAN), Map.entry(BigDecimal.class, Types.NUMERIC),
            Map.entry(Double.class, Types.DOUBLE), Map.entry(Float.class, Types.FLOAT),
            Map.entry(LocalDate.class, Types.DATE), Map.entry(LocalTime.class, Types.TIME),
            Map.entry(LocalDateTime.class, Types.DATETIME), Map.entry(UUID.class, Types.UUID),
            Map.entry(byte[].class, Types.LARGE_BINARY), Map.entry(Instant.class, Types.datetimeTz()));

    private LiteralTypes() {
    }

    /** The type for {@code value}, or {@code null} to let the driver decide. */
    static @Nullable SqlType<?> typeOf(Object value) {
        return value == null ? null : BY_CLASS.get(value.getClass());
    }
}
