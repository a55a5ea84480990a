package io.alchemy.orm;

import io.alchemy.sql.SqlDialect;
import io.alchemy.exc.ArgumentError;
import io.alchemy.sql.BoundStatement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Compiled;
import io.alchemy.sql.Executable;
import io.alchemy.sql.Select;
import io.alchemy.sql.SelectBase;
import io.alchemy.orm.loading.RowShape;
import io.alchemy.sql.TextClause;
import java.util.Map;

/**
 * Entities loaded from the rows of another statement (SQLAlchemy's {@code select(User).from_statement(stmt)}): the
 * SQL is that of {@code statement}, a union for instance, and a Session reads its rows as the columns of
 * {@code entities}, by position. {@code session.scalars(fromStatement(select(User.class), unionAll(s1, s2)))}.
 * Textual SQL ({@code fromStatement(select(User.class), text("SELECT * FROM user_account WHERE …"))}) is read by
 * column name instead, as SQLAlchemy matches a {@code text()} construct's columns, in one statement: mapped columns
 * the SQL does not return are loaded for all the objects with one more SELECT, and the relationships the mapping
 * loads eagerly are loaded after the rows ({@code JOINED} ones with a SELECT … IN, as textual SQL cannot be joined).
 *
 * @param <T> the type of the first entity or column
 */
public final class FromStatement<T> implements Executable {
    private final Select<T> entities;
    private final Executable statement;

    private FromStatement(Select<T> entities, Executable statement) {
        this.entities = entities;
        this.statement = statement;
    }

    /**
     * Reads the rows of textual SQL as {@code entities} (one entity), matching the mapped columns by name;
     * {@link ArgumentError} when {@code entities} is not a SELECT of one mapped class.
     */
    public static <T> FromStatement<T> fromStatement(Select<T> entities, TextClause statement) {
        if (!RowShape.of(entities).hasEntities() || entities.columns().size()
                != RowShape.of(entities).firstEntity().columnProperties().size()) {
            throw new ArgumentError("fromStatement() with textual SQL reads one mapped class by column name; "
                    + entities.columns() + " is not a SELECT of one entity");
        }
        return new FromStatement<>(entities, statement);
    }

    /** Whether the rows are read by column name (textual SQL) rather than by position. */
    public boolean byName() {
        return statement instanceof TextClause;
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
    public Executable statement() {
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
