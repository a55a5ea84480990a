package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.AlchemyException;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.InvalidRequestError;
import io.alchemy.exc.MultipleResultsFound;
import io.alchemy.exc.NoSuchTableError;
import io.alchemy.exc.OperationalError;
import io.alchemy.orm.exc.ObjectDeletedError;
import io.alchemy.orm.exc.StaleDataError;
import io.alchemy.spring.boot.autoconfigure.orm.OrmExceptionTranslator;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Each kind of Alchemy exception and the DataAccessException it becomes. */
class AlchemyExceptionTranslatorTest {
    private final AlchemyExceptionTranslator core = new AlchemyExceptionTranslator();
    private final OrmExceptionTranslator orm = new OrmExceptionTranslator();

    @Test
    void leavesOtherExceptionsAlone() {
        assertThat(core.translateExceptionIfPossible(new IllegalStateException("not ours"))).isNull();
        assertThat(orm.translateExceptionIfPossible(new InvalidRequestError("a Core error"))).isNull();
    }

    @Test
    void misuseIsInvalidApiUsageKeepingTheMessageAndCause() {
        InvalidRequestError misuse = new InvalidRequestError("This Connection is closed");
        assertThat(core.translateExceptionIfPossible(misuse)).isInstanceOf(InvalidDataAccessApiUsageException.class)
                .hasMessage("This Connection is closed").hasCause(misuse);
    }

    @Test
    void resultSizesAndMissingTables() {
        assertThat(core.translateExceptionIfPossible(new MultipleResultsFound("Multiple rows were found")))
                .isInstanceOf(IncorrectResultSizeDataAccessException.class);
        assertThat(core.translateExceptionIfPossible(new NoSuchTableError("no_such")))
                .isInstanceOf(InvalidDataAccessResourceUsageException.class);
    }

    @Test
    void anyOtherAlchemyExceptionIsAnAlchemySystemException() {
        ArgumentError error = new ArgumentError("bad argument");
        DataAccessException translated = core.translateExceptionIfPossible(error);
        assertThat(translated).isInstanceOf(AlchemySystemException.class).hasCause(error);
        assertThat(core.translateExceptionIfPossible(new AlchemyException("plain"))).isInstanceOf(AlchemySystemException.class);
    }

    @Test
    void anUncategorizedOperationalErrorIsAResourceFailure() {
        SQLException refused = new SQLException("Connection refused", null, 0);
        assertThat(core.translateExceptionIfPossible(new OperationalError("SELECT 1", java.util.List.of(), refused)))
                .isInstanceOf(DataAccessResourceFailureException.class).hasMessageContaining("SELECT 1");
    }

    @Test
    void ormErrorsMeanMoreThanTheirCoreSuperclass() {
        assertThat(orm.translateExceptionIfPossible(new StaleDataError("UPDATE statement on table 'customer' expected "
                + "to update 1 row(s); 0 were matched."))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(orm.translateExceptionIfPossible(new ObjectDeletedError("row gone")))
                .isInstanceOf(DataRetrievalFailureException.class);
    }

    @MatrixTest
    void badSqlIsBadSqlGrammar(TestDatabase db) {
        Engine engine = db.engine();
        AlchemyExceptionTranslator translator = new AlchemyExceptionTranslator(new DriverManagerDataSource(db.url()));
        assertThatThrownBy(() -> engine.begin(conn -> conn.execDriverSql("SELECT * FROM no_such_table")))
                .satisfies(e -> assertThat(translator.translateExceptionIfPossible((RuntimeException) e))
                        .isInstanceOf(BadSqlGrammarException.class).hasMessageContaining("no_such_table"));
    }
}
