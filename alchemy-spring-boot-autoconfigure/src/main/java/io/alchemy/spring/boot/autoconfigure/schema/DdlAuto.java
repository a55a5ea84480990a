package io.alchemy.spring.boot.autoconfigure.schema;

/** What happens to the tables of the mapped classes when the application starts ({@code alchemy.ddl-auto}). */
public enum DdlAuto {

    /** Nothing: the schema is managed elsewhere (Flyway, Liquibase, schema.sql, by hand). */
    NONE,

    /** CREATE the tables, indexes and sequences that do not exist yet; existing ones are left as they are. */
    CREATE,

    /** Like {@link #CREATE}, and DROP them all when the application context closes. */
    CREATE_DROP,

    /** Compare the mapped tables with the database's and fail start-up listing every difference. */
    VALIDATE
}
