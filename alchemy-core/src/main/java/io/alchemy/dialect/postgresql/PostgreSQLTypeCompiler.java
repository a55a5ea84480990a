package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.TypeCompiler;

/** The PostgreSQL dialect's TypeCompiler. */
public class PostgreSQLTypeCompiler extends TypeCompiler {
}
