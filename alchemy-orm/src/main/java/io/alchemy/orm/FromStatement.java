package io.alchemy.orm;

import io.alchemy.sql.SqlDialect;
import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.BoundStatement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Select;
import io.alchemy.sql.SelectBase;
import java.util.Map;

/**
 * Entities loaded from the rows of another statement (SQLAlchemy's {@code select(User).from_statement(stmt)}): the
 * SQL is that of {@code statement}, a union for instance, and a Session reads its rows as the columns of
 * {@code entities}, by position. {@code session.scalars(fromStatement(select(User.class), unionAll(s1, s2)))}.
 *
 * @param <T> the type of the first entity or column
 */
public final class FromStatement<T> implements Executable {
    private final Select<T> entities;
    private final SelectBase statement;

    private FromStatement(Select<T> entities, SelectBase statement) {
        this.entities = entities;
        this.statement = statement;
    }

    /**
     * Reads {@code statement}'s rows as {@code entities}' columns; {@link ArgumentError} when the two do not have
     * the same number of columns.
     */
    public static <T> FromStatement<T> fromStatement(Select<T> entities, SelectBase statement) {
        int expected = entities.columns().size();
        int given = statement.selectColumns().size();
        if (expected != given) {
            throw new ArgumentError("fromStatement(): the statement has " + given + " columns but " + entities
                    .columns() + " needs " + expected);
        }
        return new FromStatement<>(entities, statement);
    }

    /** The SELECT whose columns the rows are read as. */
    public Select<T> entities() {
        return entities;
    }

    /** The statement that is executed. */
    public SelectBase statement() {
        return statement;
    }

    @Override
    public Compiled compile(SqlDialect dialect) {
        return statement.compile(dialect);
    }

    @Override
    public Compiled compile(SqlDialect dialect, CompileOptions options) {
        return statement.compile(dialect, options);
    }

    @Override
    public Object cacheKey() {
        return statement.cacheKey();
    }

    @Override
    public Map<String, Object> boundValues() {
        return statement.boundValues();
    }

    @Override
    public Map<String, Object> boundValues(Compiled compiled) {
        return statement.boundValues(compiled);
    }

    @Override
    public BoundStatement bind(Compiled compiled, Map<String, ?> parameters) {
        return statement.bind(compiled, parameters);
    }

    @Override
    public String toString() {
        return statement.toString();
    }
}
