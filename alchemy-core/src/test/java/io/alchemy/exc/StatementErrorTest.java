package io.alchemy.exc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementErrorTest {

    @Test
    void namesTheSqlAndTheParametersAsATuple() {
        StatementError error = new StatementError("boom", "SELECT ? , ?", Arrays.asList("x", null), null);
        assertThat(error.getMessage()).isEqualTo("boom\n[SQL: SELECT ? , ?]\n[parameters: ('x', None)]");
        assertThat(new StatementError("boom", "SELECT ?", List.of(2), null).getMessage()).endsWith("[parameters: (2,)]");
    }

    @Test
    void showsExecutemanyParametersAsAListOfTuples() {
        StatementError error = new StatementError("boom", "INSERT", List.of(List.of(1, 1), List.of(2, 4)), null);
        assertThat(error.getMessage()).endsWith("[parameters: [(1, 1), (2, 4)]]");
    }

    @Test
    void truncatesLongValues() {
        String message = new StatementError("boom", "SELECT ?", List.of("a".repeat(1000)), null).getMessage();
        assertThat(message).contains(" ... (702 characters truncated) ... ").hasSizeLessThan(400);
    }

    @Test
    void omitsParametersWhenThereAreNone() {
        assertThat(new StatementError("boom", "SELECT 1", List.of(), null).getMessage()).isEqualTo("boom\n[SQL: SELECT 1]");
    }
}
