package io.alchemy.spring.boot.autoconfigure.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class SchemaValidationFailureAnalyzerTest {

    @Test
    void listsEveryDifferenceAndTheWaysOut() {
        SchemaValidationException cause = new SchemaValidationException(List.of("table customer is missing",
                "column purchase.item is INTEGER in the database but mapped as VARCHAR(50)"));
        FailureAnalysis analysis = new SchemaValidationFailureAnalyzer()
                .analyze(new BeanCreationException("alchemyMappedSchemaInitializer", "failed", cause));
        assertThat(analysis.getDescription()).contains("alchemy.ddl-auto=validate", "found 2 difference(s)",
                "    - table customer is missing\n",
                "    - column purchase.item is INTEGER in the database but mapped as VARCHAR(50)\n");
        assertThat(analysis.getAction()).contains("Flyway or Liquibase", "alchemy.ddl-auto=none")
                .contains("only creates missing tables", "never alters an existing one")
                .doesNotContain("adds what is missing");
        assertThat(analysis.getCause()).isSameAs(cause);
    }

    @Test
    void isRegisteredWithBoot() throws Exception {
        String factories = new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes());
        assertThat(factories).contains(SchemaValidationFailureAnalyzer.class.getName());
    }

    @Test
    void theExceptionKeepsTheDifferences() {
        SchemaValidationException exception = new SchemaValidationException(List.of("a", "b"));
        assertThat(exception.differences()).containsExactly("a", "b");
        assertThat(exception).hasMessage("The database schema differs from the mapped tables in 2 way(s):\n - a\n - b");
    }
}
