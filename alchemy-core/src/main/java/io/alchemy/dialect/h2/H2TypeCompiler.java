package io.alchemy.dialect.h2;

import io.alchemy.dialect.TypeCompiler;

/** The H2 dialect's TypeCompiler. */
public class H2TypeCompiler extends TypeCompiler {
}
