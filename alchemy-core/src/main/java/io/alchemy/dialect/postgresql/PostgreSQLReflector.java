package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.SchemaReflector;

/** Reads table metadata from a live PostgreSQL database. */
public class PostgreSQLReflector extends SchemaReflector {
}
