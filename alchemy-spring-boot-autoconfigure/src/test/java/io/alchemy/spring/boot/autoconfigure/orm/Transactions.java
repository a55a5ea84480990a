package io.alchemy.spring.boot.autoconfigure.orm;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** A {@code @Transactional} bean running the test's lambdas with each propagation the tests need. */
public class Transactions {

    @Transactional
    public <T> T required(Work<T> work) throws Exception {
        return work.get();
    }

    @Transactional
    public void required(Step work) throws Exception {
        work.run();
    }

    @Transactional(readOnly = true)
    public <T> T readOnly(Work<T> work) throws Exception {
        return work.get();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void requiresNew(Step work) throws Exception {
        work.run();
    }

    @Transactional(propagation = Propagation.NESTED)
    public void nested(Step work) throws Exception {
        work.run();
    }

    /** Work returning a value. */
    @FunctionalInterface
    public interface Work<T> {
        T get() throws Exception;
    }

    /** Work returning nothing. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }
}
