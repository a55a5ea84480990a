package io.alchemy.orm;

/**
 * SQL types a {@link MappedColumn} can ask for instead of the one inferred from the field's Java type. Length,
 * precision and scale come from the annotation; {@link #ENUM} stores the field's enum type by constant name.
 */
public enum ColumnType {
    /** Inferred from the field's Java type. */
    AUTO,
    /** INTEGER. */
    INTEGER,
    /** BIGINT. */
    BIGINT,
    /** SMALLINT. */
    SMALLINT,
    /** VARCHAR, with {@code length} when given. */
    STRING,
    /** CHAR({@code length}). */
    CHAR,
    /** Unbounded text. */
    TEXT,
    /** BOOLEAN. */
    BOOLEAN,
    /** NUMERIC, with {@code precision} and {@code scale} when given. */
    NUMERIC,
    /** FLOAT. */
    FLOAT,
    /** DOUBLE PRECISION. */
    DOUBLE,
    /** DATE. */
    DATE,
    /** TIME. */
    TIME,
    /** DATETIME / TIMESTAMP without time zone. */
    DATETIME,
    /** TIMESTAMP WITH TIME ZONE. */
    DATETIME_TZ,
    /** UUID. */
    UUID,
    /** JSON documents. */
    JSON,
    /** Binary data. */
    LARGE_BINARY,
    /** The field's enum type, by constant name. */
    ENUM
}
