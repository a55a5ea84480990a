package io.alchemy.schema;

import io.alchemy.sql.SqlDialect;

/**
 * A dialect as the schema sees it: it renders DDL, reflects tables, and says which DDL the database has.
 * {@code io.alchemy.dialect.Dialect} extends it, so this package knows nothing of dialects.
 */
public interface SchemaDialect extends SqlDialect {

    /** The SQL of a DDL statement for this dialect. */
    String renderDdl(DdlElement element);

    /** Reads the live database's schema. */
    SchemaReflection reflector();

    /** CREATE SEQUENCE / nextval. */
    boolean supportsSequences();

    /** Whether ALTER TABLE can add a foreign key constraint after the table exists (SQLite cannot). */
    boolean supportsAlterAddConstraint();

    /** Whether table and column comments are written with COMMENT ON statements after CREATE TABLE (PostgreSQL, H2). */
    boolean supportsCommentStatements();
}
