package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.exc.AlchemyException;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.DataError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.MultipleResultsFound;
import io.alchemy.exc.NoResultFound;
import io.alchemy.exc.NoSuchTableError;
import io.alchemy.exc.OperationalError;
import io.alchemy.exc.ProgrammingError;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.support.PersistenceExceptionTranslator;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Translates Alchemy's Core exceptions into Spring's {@link DataAccessException} hierarchy, for
 * {@code @Repository} beans (through Boot's exception translation post-processor) and the transaction-bound Session.
 * A driver error ({@link DBAPIError}) goes through the same {@link SQLExceptionTranslator} {@code JdbcTemplate}
 * uses, so a unique violation is a {@code DuplicateKeyException} either way; what that translator leaves
 * uncategorized falls back on Alchemy's own classification ({@link IntegrityError} →
 * {@code DataIntegrityViolationException}, SQLite's key violations → {@code DuplicateKeyException}, …). Result-size errors become Spring's result-size exceptions, misuse
 * {@code InvalidDataAccessApiUsageException}; other exceptions are left alone.
 */
public final class AlchemyExceptionTranslator implements PersistenceExceptionTranslator, Ordered {
    /** After the ORM's translator, which handles the ORM's subclasses of Core exceptions. */
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;
    private static final String TASK = "Alchemy";
    /** The SQLite driver's names of PRIMARY KEY and UNIQUE violations (Spring's error-code table has no SQLite). */
    private static final Set<String> SQLITE_DUPLICATE_KEY_RESULTS = Set.of("SQLITE_CONSTRAINT_PRIMARYKEY",
            "SQLITE_CONSTRAINT_UNIQUE");

    private final SQLExceptionTranslator sqlTranslator;

    /** Translates driver errors with the error codes of {@code dataSource}'s database, as {@code JdbcTemplate} does. */
    public AlchemyExceptionTranslator(DataSource dataSource) {
        this(new SQLErrorCodeSQLExceptionTranslator(Objects.requireNonNull(dataSource, "dataSource")));
    }

    /** Translates driver errors with {@code sqlTranslator}. */
    public AlchemyExceptionTranslator(SQLExceptionTranslator sqlTranslator) {
        this.sqlTranslator = Objects.requireNonNull(sqlTranslator, "sqlTranslator");
    }

    /** Translates driver errors by their {@code SQLException} subclass and SQLState alone. */
    public AlchemyExceptionTranslator() {
        this(new SQLExceptionSubclassTranslator());
    }

    @Override
    public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (ex instanceof DBAPIError driver && driver.getCause() instanceof SQLException sql) {
            return translateDriverError(driver, sql);
        }
        if (ex instanceof NoResultFound) {
            return new EmptyResultDataAccessException(ex.getMessage(), 1, ex);
        }
        if (ex instanceof MultipleResultsFound) {
            return new IncorrectResultSizeDataAccessException(ex.getMessage(), 1, ex);
        }
        if (ex instanceof NoSuchTableError) {
            return new InvalidDataAccessResourceUsageException(ex.getMessage(), ex);
        }
        if (ex instanceof InvalidRequestError) {
            return new InvalidDataAccessApiUsageException(ex.getMessage(), ex);
        }
        return ex instanceof AlchemyException other ? new AlchemySystemException(other) : null;
    }

    private DataAccessException translateDriverError(DBAPIError error, SQLException sql) {
        DataAccessException translated = sqlTranslator.translate(TASK, error.sql(), sql);
        if (translated != null && !(translated instanceof UncategorizedSQLException)) {
            return translated;
        }
        String message = TASK + "; SQL [" + error.sql() + "]; " + sql.getMessage();
        if (error instanceof IntegrityError && isSqliteDuplicateKey(sql)) {
            return new DuplicateKeyException(message, error);
        }
        if (error instanceof IntegrityError || error instanceof DataError) {
            return new DataIntegrityViolationException(message, error);
        }
        if (error instanceof ProgrammingError) {
            return new BadSqlGrammarException(TASK, error.sql(), sql);
        }
        if (error instanceof OperationalError) {
            return new DataAccessResourceFailureException(message, error);
        }
        return new UncategorizedSQLException(TASK, error.sql(), sql);
    }

    /** sqlite-jdbc reports every constraint as vendor code 19 and names the extended result first: "[NAME] …". */
    private static boolean isSqliteDuplicateKey(SQLException sql) {
        String message = sql.getMessage();
        int end = message == null || !message.startsWith("[") ? -1 : message.indexOf(']');
        return end > 0 && SQLITE_DUPLICATE_KEY_RESULTS.contains(message.substring(1, end));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
