package io.alchemy.sql;

import io.alchemy.types.SqlType;
import org.jspecify.annotations.Nullable;

/**
 * A column a compiled statement is known to return: its name (key in a row) and the type that reads it;
 * a {@code null} type reads the driver's value, normalized to Alchemy's Java types.
 *
 * @param name the key under which rows expose the value
 * @param type the type that reads the value, or {@code null}
 */
public record ResultColumn(String name, @Nullable SqlType<?> type) {
}
