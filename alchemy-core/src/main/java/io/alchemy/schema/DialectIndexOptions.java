package io.alchemy.schema;

/**
 * Options of one dialect for an index (PostgreSQL's access method, INCLUDE columns and storage parameters; MySQL's
 * key prefix lengths and index type), attached with {@link Index#with(DialectIndexOptions)}. Each dialect reads its
 * own and ignores the others', as SQLAlchemy's {@code postgresql_*} / {@code mysql_*} index keywords are.
 */
public interface DialectIndexOptions {
}
