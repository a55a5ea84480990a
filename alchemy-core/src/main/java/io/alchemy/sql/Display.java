package io.alchemy.sql;

import java.util.ServiceLoader;

/** The registered {@link DisplayDialect}, looked up once, on first use. */
final class Display {
    static final SqlDialect DIALECT = ServiceLoader.load(DisplayDialect.class, DisplayDialect.class.getClassLoader())
            .findFirst().map(DisplayDialect::dialect)
            .orElseThrow(() -> new IllegalStateException("No io.alchemy.sql.DisplayDialect service: alchemy-core's "
                    + "META-INF/services/io.alchemy.sql.DisplayDialect is not on the class path"));

    private Display() {
    }
}
