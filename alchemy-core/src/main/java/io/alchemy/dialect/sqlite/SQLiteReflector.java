package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.SchemaReflector;

/** Reads table metadata from a live SQLite database. */
public class SQLiteReflector extends SchemaReflector {
}
