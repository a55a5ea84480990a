package io.alchemy.spring.boot.autoconfigure;

import io.alchemy.exc.AlchemyException;
import org.springframework.dao.UncategorizedDataAccessException;

/** An Alchemy exception that fits no more specific {@code DataAccessException}; its cause is the original. */
public class AlchemySystemException extends UncategorizedDataAccessException {
    private static final long serialVersionUID = 1L;

    /** Wraps {@code cause}, keeping its message. */
    public AlchemySystemException(AlchemyException cause) {
        super(cause.getMessage(), cause);
    }
}
