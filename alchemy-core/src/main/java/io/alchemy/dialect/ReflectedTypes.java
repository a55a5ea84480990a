package io.alchemy.dialect;

import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps a type as a database spells it ({@code int4}, {@code character varying(30)}, {@code decimal(10,2) unsigned},
 * {@code TIMESTAMP(6) WITH TIME ZONE}) back to an Alchemy type. Unknown spellings become {@link Types#raw raw} types.
 */
public final class ReflectedTypes {
    private static final Map<String, SqlType<?>> BY_NAME = new HashMap<>();

    static {
        register(Types.INTEGER, "int", "integer", "int4", "mediumint", "serial", "serial4");
        register(Types.BIGINT, "bigint", "int8", "bigserial", "serial8");
        register(Types.SMALLINT, "smallint", "int2", "tinyint", "smallserial", "serial2");
        register(Types.TEXT, "text", "clob", "character large object", "longtext", "mediumtext", "tinytext", "ntext", "nclob");
        register(Types.BOOLEAN, "boolean", "bool");
        register(Types.FLOAT, "float", "real", "float4");
        register(Types.DOUBLE, "double", "double precision", "float8");
        register(Types.DATE, "date");
        register(Types.TIME, "time", "time without time zone");
        register(Types.DATETIME, "datetime", "timestamp", "timestamp without time zone");
        register(Types.datetime(true), "timestamptz", "timestamp with time zone");
        register(Types.NUMERIC, "decfloat");
        register(Types.UUID, "uuid");
        register(Types.JSON, "json", "jsonb");
        register(Types.LARGE_BINARY, "blob", "bytea", "longblob", "mediumblob", "tinyblob", "binary large object",
                "varbinary", "binary", "binary varying");
    }

    private static final Set<String> VARCHAR = Set.of("varchar", "character varying", "nvarchar", "varchar2",
            "nvarchar2", "national character varying", "varchar_ignorecase");
    private static final Set<String> CHAR = Set.of("char", "character", "bpchar", "nchar", "national character");
    private static final Set<String> NUMERIC = Set.of("numeric", "decimal", "dec", "number");

    private ReflectedTypes() {
    }

    private static void register(SqlType<?> type, String... names) {
        for (String name : names) {
            BY_NAME.put(name, type);
        }
    }

    /** The Alchemy type for a spelled SQL type; a raw type when the spelling is unknown. */
    public static SqlType<?> fromSql(String spelled) {
        SqlType<?> known = fromSqlOrNull(spelled);
        return known != null ? known : Types.raw(spelled);
    }

    /** The Alchemy type for a spelled SQL type, or {@code null} when the spelling is unknown. */
    public static @Nullable SqlType<?> fromSqlOrNull(String spelled) {
        String text = spelled.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replace(" unsigned", "").replace(" zerofill", "");
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        String base = text;
        List<Integer> args = new ArrayList<>();
        if (open >= 0 && close > open) {
            base = (text.substring(0, open) + text.substring(close + 1)).trim().replaceAll("\\s+", " ");
            if (base.equals("enum") || base.equals("set")) {
                return enumLike(text.substring(open + 1, close));
            }
            for (String arg : text.substring(open + 1, close).split(",")) {
                try {
                    args.add(Integer.parseInt(arg.trim()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        if (VARCHAR.contains(base)) {
            return args.isEmpty() ? Types.STRING : Types.string(args.get(0));
        }
        if (CHAR.contains(base)) {
            return Types.character(args.isEmpty() ? 1 : args.get(0));
        }
        if (NUMERIC.contains(base)) {
            return switch (args.size()) {
                case 0 -> Types.NUMERIC;
                case 1 -> Types.numeric(args.get(0));
                default -> args.get(1) > args.get(0) ? Types.NUMERIC : Types.numeric(args.get(0), args.get(1));
            };
        }
        if (base.equals("bit")) {
            return args.isEmpty() || args.get(0) == 1 ? Types.BOOLEAN : null;
        }
        return BY_NAME.get(base);
    }

    /** An ENUM('a','b') column reflects as a VARCHAR as long as its longest value. */
    private static SqlType<?> enumLike(String values) {
        int longest = 1;
        for (String value : values.split(",")) {
            longest = Math.max(longest, value.trim().replaceAll("^'|'$", "").length());
        }
        return Types.string(longest);
    }
}
