package io.alchemy.dialect.mysql;

import io.alchemy.dialect.SchemaReflector;

/** Reads table metadata from a live MySQL database. */
public class MySQLReflector extends SchemaReflector {
}
