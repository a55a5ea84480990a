package io.alchemy.dialect.h2;

import io.alchemy.dialect.SchemaReflector;

/** Reads table metadata from a live H2 database. */
public class H2Reflector extends SchemaReflector {
}
