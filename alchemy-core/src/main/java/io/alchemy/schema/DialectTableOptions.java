package io.alchemy.schema;

/**
 * Options of one dialect for a table (SQLite's {@code WITHOUT ROWID} and {@code STRICT}, MySQL's {@code ENGINE} and
 * partitioning), given among the elements of {@link MetaData#table}. Each dialect reads its own and ignores the
 * others', as SQLAlchemy's {@code sqlite_*} / {@code mysql_*} table keywords are.
 */
public interface DialectTableOptions extends TableElement {
}
