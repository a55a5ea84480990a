package io.alchemy.testing.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class ConformanceMarkdownTest {
    private static Deviation deviation(String decision, String value) {
        return new Deviation() {
            @Override
            public String decision() {
                return decision;
            }

            @Override
            public String value() {
                return value;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return Deviation.class;
            }
        };
    }

    @Test
    void countsCasesPerFileAndListsDeviationsAndFailures() {
        ConformanceTally tally = new ConformanceTally();
        tally.record("test/sql/a.py", "A.test_one", null, null, true);
        tally.record("test/sql/a.py", "A.test_two", deviation("0013-x.md#binds", "binds | names"), null, true);
        tally.record("test/sql/a.py", "A.test_three", null, null, false);
        tally.recordSkipped("test/sql/b.py", "B.test_never", null);

        String md = ConformanceMarkdown.render("alchemy-core", tally);

        assertThat(md).contains("| `test/sql/a.py` | 3 | 1 | 1 | 1 | 0 | 33.3% |")
                .contains("| `test/sql/b.py` | 1 | 0 | 0 | 0 | 1 | 0.0% |")
                .contains("| **total** | 4 | 1 | 1 | 1 | 1 | 25.0% |")
                .contains("| `A.test_two` | binds \\| names | [0013-x.md#binds](design/0013-x.md#binds) |")
                .contains("- `A.test_three` (test/sql/a.py)");
    }

    @Test
    void aMatrixCasePassesOnlyWhenNoDatabaseFailedItAndEachDatabaseIsCounted() {
        ConformanceTally tally = new ConformanceTally();
        tally.record("test/orm/s.py", "S.test_a", null, "h2", true);
        tally.record("test/orm/s.py", "S.test_a", null, "sqlite", false);
        tally.record("test/orm/s.py", "S.test_b", null, "h2", true);
        tally.record("test/orm/s.py", "S.test_b", null, "sqlite", true);

        String md = ConformanceMarkdown.render("alchemy-orm", tally);

        assertThat(md).contains("| `test/orm/s.py` | 2 | 1 | 0 | 1 | 0 | 50.0% |")
                .contains("| SQLAlchemy file | h2 | sqlite |")
                .contains("| `test/orm/s.py` | 2 / 2 | 1 / 2 |");
    }
}
