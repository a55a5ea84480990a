package io.alchemy.orm.loading;

import io.alchemy.engine.Row;
import io.alchemy.sql.Select;
import java.util.List;

/**
 * Loads one relationship for the objects of one query, with the query (SQLAlchemy's eager loader strategies): a
 * joined loader adds a join and columns to the statement and fills the relationship from each row; a selectin or
 * subquery loader loads it for all the objects after the rows are read.
 */
interface EagerLoader {

    /** The statement with what this loader needs added; {@code parent} is where the parent's columns come from. */
    default Select<?> prepare(Select<?> statement, io.alchemy.sql.FromClause parent) {
        return statement;
    }

    /** Fills the relationship of {@code entity} from {@code row}. */
    default void row(Row row, Object entity) {
    }

    /** Loads the relationship for every object of the query, after all rows are read. */
    default void afterRows(LoadContext context, List<Object> entities) {
    }

    /** Whether the loader fills a collection from several rows, so that parents repeat in the rows. */
    default boolean repeatsParents() {
        return false;
    }
}
