package io.alchemy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * SQLAlchemy's reference output (the tutorial's echo) was recorded on SQLite: a matrix test compares what it sent
 * with the reference there, and on the other databases, whose SQL differs, only drains the {@link SqlRecorder}.
 */
public final class ReferenceSql {
    /** The database SQLAlchemy's reference SQL was recorded on. */
    public static final String REFERENCE_DATABASE = "sqlite";

    private final SqlRecorder recorder;
    private final boolean reference;

    private ReferenceSql(SqlRecorder recorder, boolean reference) {
        this.recorder = recorder;
        this.reference = reference;
    }

    /** Checks what {@code recorder} saw against the reference when {@code db} is the reference database. */
    public static ReferenceSql on(TestDatabase db, SqlRecorder recorder) {
        return new ReferenceSql(recorder, REFERENCE_DATABASE.equals(db.name()));
    }

    /** Takes the recorded conversation ({@link SqlRecorder#take()}); on the reference database it is exactly {@code lines}. */
    public void expect(String... lines) {
        List<String> taken = recorder.take();
        if (reference) {
            assertThat(taken).containsExactly(lines);
        }
    }

    /** Takes the recorded conversation; on the reference database its last line is {@code line}. */
    public void expectLast(String line) {
        List<String> taken = recorder.take();
        if (reference) {
            assertThat(taken).last().isEqualTo(line);
        }
    }

    /**
     * Takes the recorded statements; on the reference database they are exactly {@code statements}
     * ({@code SQL | [params]}), each run of whitespace compared as one space.
     */
    public void expectStatementsCollapsingWhitespace(String... statements) {
        List<String> taken = recorder.take().stream().filter(line -> line.contains(" | "))
                .map(line -> line.replaceAll("\\s+", " ")).toList();
        if (reference) {
            assertThat(taken).containsExactly(statements);
        }
    }
}
