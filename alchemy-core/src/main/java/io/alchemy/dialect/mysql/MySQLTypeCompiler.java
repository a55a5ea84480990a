package io.alchemy.dialect.mysql;

import io.alchemy.dialect.TypeCompiler;

/** The MySQL dialect's TypeCompiler. */
public class MySQLTypeCompiler extends TypeCompiler {
}
