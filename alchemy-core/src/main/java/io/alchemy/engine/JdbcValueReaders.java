package io.alchemy.engine;

import io.alchemy.dialect.Dialect;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Chooses, from the JDBC metadata of a column, the reader that returns Alchemy's Java types whatever the driver:
 * Integer or Long for integers, BigDecimal for NUMERIC/DECIMAL, Double for floating point, Boolean for BOOLEAN
 * (also SQLite's declared BOOLEAN and MySQL's BIT(1)/TINYINT(1)), String for text and CLOB, byte[] for binary and
 * BLOB, java.time for dates and times (OffsetDateTime for timestamps with a time zone), UUID for uuid columns.
 */
final class JdbcValueReaders {
    private JdbcValueReaders() {
    }

    static ColumnReader forColumn(ResultSetMetaData meta, int index, Dialect dialect) throws SQLException {
        int jdbcType = meta.getColumnType(index);
        if (jdbcType == Types.BIT && meta.getPrecision(index) <= 1) {
            return JdbcValueReaders::bool;
        }
        ColumnReader byName = byTypeName(String.valueOf(meta.getColumnTypeName(index)).toUpperCase(Locale.ROOT));
        return byName != null ? byName : byJdbcType(jdbcType, meta, index, dialect);
    }

    /** Readers chosen by the type's name: what SQLite reports (its declared type), and PostgreSQL's uuid/timestamptz. */
    private static ColumnReader byTypeName(String typeName) {
        return switch (typeName) {
            case "UUID" -> JdbcValueReaders::uuid;
            case "BOOLEAN", "BOOL" -> JdbcValueReaders::bool;
            case "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE" -> (rs, i) -> temporal(rs, i, OffsetDateTime.class);
            case "DATE" -> (rs, i) -> temporal(rs, i, LocalDate.class);
            case "TIME" -> (rs, i) -> temporal(rs, i, LocalTime.class);
            case "DATETIME", "TIMESTAMP" -> (rs, i) -> temporal(rs, i, LocalDateTime.class);
            default -> null;
        };
    }

    private static ColumnReader byJdbcType(int jdbcType, ResultSetMetaData meta, int index, Dialect dialect)
            throws SQLException {
        return switch (jdbcType) {
            case Types.BOOLEAN -> JdbcValueReaders::bool;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> JdbcValueReaders::integer;
            case Types.BIGINT -> JdbcValueReaders::bigint;
            case Types.NUMERIC, Types.DECIMAL -> decimal(meta, index, dialect);
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> JdbcValueReaders::floating;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> ResultSet::getString;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> ResultSet::getBytes;
            case Types.DATE -> (rs, i) -> temporal(rs, i, LocalDate.class);
            case Types.TIME -> (rs, i) -> temporal(rs, i, LocalTime.class);
            case Types.TIMESTAMP -> (rs, i) -> temporal(rs, i, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> (rs, i) -> temporal(rs, i, OffsetDateTime.class);
            default -> (rs, i) -> normalize(rs.getObject(i));
        };
    }

    /** A driver value in Alchemy's Java types: java.sql dates to java.time, LOBs read out, arrays to lists. */
    static Object normalize(Object value) throws SQLException {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Array array) {
            List<Object> items = new ArrayList<>();
            for (Object item : (Object[]) array.getArray()) {
                items.add(normalize(item));
            }
            return items;
        }
        if (value instanceof java.math.BigInteger big) {
            return new BigDecimal(big);
        }
        return value;
    }

    private static Object integer(ResultSet rs, int i) throws SQLException {
        long value = rs.getLong(i);
        if (rs.wasNull()) {
            return null;
        }
        if (value == (int) value) {
            return (int) value; // not a ternary: mixing Integer and Long there would promote both to Long
        }
        return value;
    }

    /** BigDecimal; on SQLite, which stores NUMERIC as REAL, with the declared scale put back ({@code 1.50}). */
    private static ColumnReader decimal(ResultSetMetaData meta, int index, Dialect dialect) throws SQLException {
        int scale = dialect.supportsNativeDecimal() ? 0 : meta.getScale(index);
        if (scale <= 0) {
            return ResultSet::getBigDecimal;
        }
        return (rs, i) -> {
            BigDecimal value = rs.getBigDecimal(i);
            return value == null ? null : value.setScale(scale, java.math.RoundingMode.HALF_EVEN);
        };
    }

    private static Object bigint(ResultSet rs, int i) throws SQLException {
        long value = rs.getLong(i);
        return rs.wasNull() ? null : value;
    }

    private static Object floating(ResultSet rs, int i) throws SQLException {
        double value = rs.getDouble(i);
        return rs.wasNull() ? null : value;
    }

    private static Object bool(ResultSet rs, int i) throws SQLException {
        boolean value = rs.getBoolean(i);
        return rs.wasNull() ? null : value;
    }

    private static Object uuid(ResultSet rs, int i) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null || value instanceof UUID) {
            return value;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    /** Through the driver's java.time support; text (SQLite stores dates as text) is parsed as ISO 8601. */
    private static Object temporal(ResultSet rs, int i, Class<?> type) throws SQLException {
        Object raw = rs.getObject(i);
        if (raw == null || type.isInstance(raw)) {
            return raw;
        }
        if (raw instanceof String text) {
            return ValueConverter.convert(text, type, rs.getMetaData().getColumnLabel(i));
        }
        if (raw instanceof Number) {
            return raw;
        }
        try {
            return rs.getObject(i, type);
        } catch (SQLException | RuntimeException e) {
            return normalize(raw);
        }
    }
}
