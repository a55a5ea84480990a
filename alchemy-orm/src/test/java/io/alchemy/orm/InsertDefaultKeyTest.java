package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.Ticket;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.UUID;

/** A primary key computed by {@code insertDefault} counts as set at the flush, as SQLAlchemy's Python-side default does. */
class InsertDefaultKeyTest {

    @MatrixTest
    void anInsertDefaultFillsAUuidPrimaryKey(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Ticket.class).metadata().createAll(engine);
        Ticket first = new Ticket("first");
        Ticket second = new Ticket("second");
        UUID id;
        try (Session session = new Session(engine)) {
            session.add(first);
            session.add(second);
            session.commit();
            id = first.getId();
            assertThat(id).isNotNull().isNotEqualTo(second.getId());
        }
        try (Session session = new Session(engine)) {
            Ticket loaded = session.get(Ticket.class, id);
            assertThat(loaded.getTitle()).isEqualTo("first");
        }
    }

    @MatrixTest
    void theComputedKeyIsTheObjectsIdentityInTheSession(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Ticket.class).metadata().createAll(engine);
        try (Session session = new Session(engine)) {
            Ticket ticket = new Ticket("flushed");
            session.add(ticket);
            session.flush();
            assertThat(session.get(Ticket.class, ticket.getId())).isSameAs(ticket);
        }
    }
}
