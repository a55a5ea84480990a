package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.UnboundExecutionError;
import io.alchemy.orm.mapping.Mapper;
import io.alchemy.orm.model.scale.AuditEntry;
import io.alchemy.orm.model.scale.Author;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.Executable;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds on real engines: authors in the matrix database, audit entries in an H2 database of their own. Each object is
 * written through its class's engine, queries go where their entity or table is bound, and one Session transaction
 * spans both engines (commit, rollback, savepoints).
 */
class SessionBindsTest {

    private record Split(Engine main, Engine audit, SessionFactory sessions, Table authors, Table audits) {
    }

    private static Split split(TestDatabase db, TestDatabase auditDb) {
        Registry registry = Registry.of(Author.class, AuditEntry.class);
        MetaData metadata = registry.metadata();
        Engine main = db.engine();
        Engine audit = auditDb.engine();
        Table authors = metadata.tableNamed("author");
        Table audits = metadata.tableNamed("audit_entry");
        authors.create(main);
        audits.create(audit);
        SessionFactory sessions = SessionFactory.builder().engine(main).bind(AuditEntry.class, audit).build();
        return new Split(main, audit, sessions, authors, audits);
    }

    private static List<Object> names(Engine engine, Table table, String column) {
        return engine.transaction(conn -> conn.execute(select(table.c(column)).orderBy(table.c("id"))).scalars().all());
    }

    @MatrixTest
    void eachObjectIsWrittenAndReadThroughTheEngineOfItsClass(TestDatabase db) throws Exception {
        try (TestDatabase auditDb = TestDatabase.fresh("h2")) {
            Split split = split(db, auditDb);
            split.sessions.begin(session -> {
                session.add(new Author("Ursula"));
                session.add(new AuditEntry("added Ursula"));
            });
            assertThat(names(split.main, split.authors, "name")).containsExactly("Ursula");
            assertThat(names(split.audit, split.audits, "message")).containsExactly("added Ursula");
            try (Session session = split.sessions.open()) {
                assertThat(session.scalars(select(AuditEntry.class)).all()).extracting(AuditEntry::getMessage)
                        .containsExactly("added Ursula");
                assertThat(session.execute(select(split.audits.c("message"))).scalars().all())
                        .containsExactly("added Ursula");
                Author ursula = session.scalarOne(select(Author.class));
                ursula.setName("Ursula K.");
                AuditEntry entry = session.get(AuditEntry.class, 1);
                session.delete(entry);
                session.commit();
                assertThat(session.connection(AuditEntry.class).dialect().name())
                        .isEqualTo(split.audit.dialect().name());
            }
            assertThat(names(split.main, split.authors, "name")).containsExactly("Ursula K.");
            assertThat(names(split.audit, split.audits, "message")).isEmpty();
        }
    }

    @MatrixTest
    void oneTransactionSpansBothEnginesAndRollsBackOnBoth(TestDatabase db) throws Exception {
        try (TestDatabase auditDb = TestDatabase.fresh("h2")) {
            Split split = split(db, auditDb);
            try (Session session = split.sessions.open()) {
                session.add(new Author("Octavia"));
                session.add(new AuditEntry("added Octavia"));
                session.flush();
                assertThat(session.scalars(select(AuditEntry.class)).all()).hasSize(1);
                session.rollback();
            }
            assertThat(names(split.main, split.authors, "name")).isEmpty();
            assertThat(names(split.audit, split.audits, "message")).isEmpty();

            try (Session session = split.sessions.open()) {
                session.add(new Author("Octavia"));
                try (SessionTransaction savepoint = session.beginNested()) {
                    session.add(new Author("Nnedi"));
                    session.add(new AuditEntry("added Nnedi"));      // the audit engine's connection opens inside
                    session.flush();
                    savepoint.rollback();
                }
                session.add(new AuditEntry("added Octavia"));
                session.commit();
            }
            assertThat(names(split.main, split.authors, "name")).containsExactly("Octavia");
            assertThat(names(split.audit, split.audits, "message")).containsExactly("added Octavia");
        }
    }

    @MatrixTest
    void anOverriddenGetBindRoutesStatementsAndObjects(TestDatabase db) throws Exception {
        try (TestDatabase other = TestDatabase.fresh("h2")) {
            Split split = split(db, other);
            split.authors.create(split.audit);
            Engine archive = split.audit;
            /* a getBind of one's own: while archiving, everything goes to the archive database */
            class ArchiveSession extends Session {
                boolean archiving;

                ArchiveSession() {
                    super(split.main, SessionOptions.DEFAULTS);
                }

                @Override
                public Engine getBind(@Nullable Mapper<?> mapper, @Nullable Executable clause) {
                    return archiving ? archive : super.getBind(mapper, clause);
                }
            }
            try (ArchiveSession session = new ArchiveSession()) {
                session.archiving = true;
                session.add(new Author("Zadie"));
                session.commit();
                session.archiving = false;
                session.add(new Author("Iain"));
                session.commit();
                assertThat(session.scalars(select(Author.class)).all()).extracting(Author::getName)
                        .containsExactly("Iain");
                session.commit();
                session.archiving = true;
                assertThat(session.scalars(select(Author.class)).all()).extracting(Author::getName)
                        .containsExactly("Zadie");
            }
            assertThat(names(split.main, split.authors, "name")).containsExactly("Iain");
            assertThat(names(archive, split.authors, "name")).containsExactly("Zadie");
        }
    }

    @MatrixTest
    void withoutADefaultEngineAnUnboundStatementIsRefused(TestDatabase db) throws Exception {
        try (TestDatabase auditDb = TestDatabase.fresh("h2")) {
            Split split = split(db, auditDb);
            SessionFactory onlyAudit = SessionFactory.builder().bind(AuditEntry.class, split.audit).build();
            try (Session session = onlyAudit.open()) {
                assertThatThrownBy(() -> session.scalars(select(Author.class)).all())
                        .isInstanceOf(UnboundExecutionError.class)
                        .hasMessage("Could not locate a bind configured on SQL expression or this Session.");
                assertThatThrownBy(session::connection).isInstanceOf(UnboundExecutionError.class)
                        .hasMessage("This session is not bound to a single Engine or Connection, and no context "
                                + "was provided to locate a binding.");
                session.add(new AuditEntry("alone"));
                session.commit();
            }
            assertThat(names(split.audit, split.audits, "message")).containsExactly("alone");
        }
    }
}
