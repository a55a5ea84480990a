package io.alchemy.schema;

/**
 * Something that goes into {@link MetaData#table}: a {@link Column}, a table-level constraint, an {@link Index}
 * or a table option such as {@link TableComment}.
 */
public interface TableElement {
}
