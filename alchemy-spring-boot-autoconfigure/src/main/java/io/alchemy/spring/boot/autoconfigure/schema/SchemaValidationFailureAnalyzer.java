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
                        + "validation), or correct the mappings. alchemy.ddl-auto=create only creates missing tables: "
                        + "it never alters an existing one, so a missing or different column needs a migration. "
                        + "alchemy.ddl-auto=none turns the check off.",
                cause);
    }
}
