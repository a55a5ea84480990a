package io.alchemy.spring.boot.autoconfigure.schema;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports every difference {@code alchemy.ddl-auto=validate} found, and the ways out. */
class SchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<SchemaValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaValidationException cause) {
        return new FailureAnalysis("Validating the database schema against the mapped classes "
                + "(alchemy.ddl-auto=validate) found " + cause.differences().size() + " difference(s):\n\n    - "
                + String.join("\n    - ", cause.differences()) + "\n",
                "Migrate the database to match the mapped classes (with Flyway or Liquibase, which run before the "
                        + "validation), correct the mappings, or set alchemy.ddl-auto to create (adds what is missing) "
                        + "or none (no check).",
                cause);
    }
}
