package io.alchemy.spring.boot.autoconfigure.metrics;

import io.alchemy.event.StatementEvent;
import io.micrometer.observation.Observation;

/** What an {@code alchemy.statements} observation knows: the statement, its dialect and how it ended. */
public class StatementObservationContext extends Observation.Context {
    private final StatementEvent statement;
    private final String dialect;
    private String outcome = "success";

    /** The context of {@code statement}, run on a database of {@code dialect}. */
    public StatementObservationContext(StatementEvent statement, String dialect) {
        this.statement = statement;
        this.dialect = dialect;
    }

    /** The statement as the Engine's listeners see it. */
    public StatementEvent statement() {
        return statement;
    }

    /** The dialect's name ({@code postgresql}, {@code sqlite}, …). */
    public String dialect() {
        return dialect;
    }

    /** {@code success} or {@code error}. */
    public String outcome() {
        return outcome;
    }

    void failed() {
        outcome = "error";
    }
}
