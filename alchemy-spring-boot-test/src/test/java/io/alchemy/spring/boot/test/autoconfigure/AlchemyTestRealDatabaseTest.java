package io.alchemy.spring.boot.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.spring.boot.test.autoconfigure.app.Note;
import io.alchemy.spring.boot.test.autoconfigure.app.NoteRepository;
import io.alchemy.testing.DatabaseMatrix;
import io.alchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.transaction.AfterTransaction;

/**
 * The slice on the configured PostgreSQL ({@code replace = NONE}): the tables created there, each test rolled back.
 * Runs when {@code alchemy.test.databases} selects PostgreSQL.
 */
@AlchemyTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@EnabledIf("io.alchemy.spring.boot.test.autoconfigure.AlchemyTestRealDatabaseTest#postgresqlSelected")
class AlchemyTestRealDatabaseTest {
    @Autowired
    private Engine engine;

    @Autowired
    private Session session;

    @Autowired
    private NoteRepository notes;

    @Autowired
    private JdbcTemplate jdbc;

    static boolean postgresqlSelected() {
        return DatabaseMatrix.selected().contains("postgresql");
    }

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry properties) {
        String url = TestDatabase.fresh("postgresql").url(); // reset once, before the context starts
        properties.add("spring.datasource.url", () -> url);
    }

    @Test
    void runsOnTheConfiguredDatabase() {
        assertThat(engine.dialect().name()).isEqualTo("postgresql");
    }

    @Test
    void writesAreVisibleInTheTestAndRolledBackAfter() {
        session.add(new Note("on postgresql"));
        assertThat(notes.count()).isOne();
    }

    @AfterTransaction
    void rolledBack() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM note", Integer.class)).isZero();
    }
}
