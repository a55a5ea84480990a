package io.alchemy.dialect.h2;

import io.alchemy.dialect.DdlCompiler;

/** The H2 dialect's DdlCompiler. */
public class H2DdlCompiler extends DdlCompiler {
}
