package io.alchemy.sql;

/**
 * SPI: the dialect that displays statements and expressions ({@code toString()}, like SQLAlchemy's default string
 * compiler: {@code :name} parameters, standard SQL). alchemy-core registers its generic dialect in
 * {@code META-INF/services/io.alchemy.sql.DisplayDialect}; the first one found is used.
 */
public interface DisplayDialect {

    /** The dialect statements are displayed with. */
    SqlDialect dialect();
}
