package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.orm.exc.ObjectDeletedError;
import io.alchemy.orm.exc.StaleDataError;
import io.alchemy.spring.boot.autoconfigure.AlchemyExceptionTranslator;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.support.PersistenceExceptionTranslator;

/**
 * Translates the ORM's own exceptions that mean more than their Core superclass: a {@link StaleDataError} (an
 * UPDATE or DELETE matched another row count than expected, a version counter moved) is an
 * {@link OptimisticLockingFailureException}, an {@link ObjectDeletedError} (the row of an expired object is gone) a
 * {@link DataRetrievalFailureException}. Runs before {@link AlchemyExceptionTranslator}, which does the rest.
 */
public final class OrmExceptionTranslator implements PersistenceExceptionTranslator, Ordered {

    @Override
    public @Nullable DataAccessException translateExceptionIfPossible(RuntimeException ex) {
        if (ex instanceof StaleDataError) {
            return new OptimisticLockingFailureException(ex.getMessage(), ex);
        }
        if (ex instanceof ObjectDeletedError) {
            return new DataRetrievalFailureException(ex.getMessage(), ex);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return AlchemyExceptionTranslator.ORDER - 1;
    }
}
