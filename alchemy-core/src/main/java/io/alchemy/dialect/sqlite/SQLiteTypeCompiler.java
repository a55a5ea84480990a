package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.TypeCompiler;

/** The SQLite dialect's TypeCompiler. */
public class SQLiteTypeCompiler extends TypeCompiler {
}
