package io.alchemy.dialect.sqlite;

import io.alchemy.dialect.DdlCompiler;

/** The SQLite dialect's DdlCompiler. */
public class SQLiteDdlCompiler extends DdlCompiler {
}
