package io.alchemy.schema;

import io.alchemy.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A column as the database describes it ({@link Inspector#columns}).
 *
 * @param name the column name (H2's upper-case names folded to lower case)
 * @param type the Alchemy type it maps to ({@code INTEGER}, {@code VARCHAR(30)}, …; a raw type when unknown)
 * @param nullable whether NULL is allowed
 * @param defaultSql the server default's SQL text, or {@code null}
 * @param autoincrement whether the database generates its values (SERIAL, AUTO_INCREMENT, IDENTITY, rowid)
 * @param comment the comment, or {@code null}
 */
public record ReflectedColumn(String name, SqlType<?> type, boolean nullable, @Nullable String defaultSql,
        boolean autoincrement, @Nullable String comment) {
}
