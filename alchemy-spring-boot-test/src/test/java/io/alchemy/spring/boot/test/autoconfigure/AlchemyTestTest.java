package io.alchemy.spring.boot.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.spring.boot.test.autoconfigure.app.Note;
import io.alchemy.spring.boot.test.autoconfigure.app.NoteRepository;
import io.alchemy.spring.boot.test.autoconfigure.app.NoteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * The slice on its defaults: the configured (unreachable) database replaced by an embedded one, the mapped tables
 * created, the Session and repositories in, services out, every test rolled back.
 */
@AlchemyTest(properties = "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/replaced_by_the_embedded_database")
class AlchemyTestTest {
    @Autowired
    private Session session;

    @Autowired
    private NoteRepository notes;

    @Autowired
    private Engine engine;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    @Test
    void runsOnAnEmbeddedDatabaseWithTheMappedTablesCreated() {
        assertThat(engine.dialect().name()).isEqualTo("h2");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM note", Integer.class)).isZero();
    }

    @Test
    void theSessionAndTheRepositoriesWorkInTheTestsTransaction() {
        assertThat(TestTransaction.isActive()).isTrue();
        session.add(new Note("shopping list"));
        notes.save(new Note("shopping cart"));
        assertThat(notes.findByTextStartingWith("shopping")).extracting(Note::getText)
                .containsExactlyInAnyOrder("shopping list", "shopping cart");
    }

    @Test
    void onlyThePersistenceLayerIsInTheSlice() {
        assertThat(context.getBeanNamesForType(NoteService.class)).isEmpty();
        assertThat(context.getBeanNamesForType(io.alchemy.spring.boot.test.autoconfigure.app.NoteDao.class)).isEmpty();
    }

    @AfterTransaction
    void everyTestIsRolledBack() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM note", Integer.class)).isZero();
    }
}
