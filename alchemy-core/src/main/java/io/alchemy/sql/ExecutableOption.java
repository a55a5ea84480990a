package io.alchemy.sql;

/**
 * An option carried by a statement for a layer above Core ({@code Select.options(…)}): the ORM's loader options
 * ({@code selectinload(User_.addresses)}, {@code defer(…)}) implement it. Core keeps the options with the statement
 * and otherwise ignores them; they do not change the SQL Core compiles.
 */
public interface ExecutableOption {
}
