package io.alchemy.dialect.postgresql;

import io.alchemy.dialect.DdlCompiler;

/** The PostgreSQL dialect's DdlCompiler. */
public class PostgreSQLDdlCompiler extends DdlCompiler {
}
