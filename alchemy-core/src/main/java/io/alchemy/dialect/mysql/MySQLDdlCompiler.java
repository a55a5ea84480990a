package io.alchemy.dialect.mysql;

import io.alchemy.dialect.DdlCompiler;

/** The MySQL dialect's DdlCompiler. */
public class MySQLDdlCompiler extends DdlCompiler {
}
