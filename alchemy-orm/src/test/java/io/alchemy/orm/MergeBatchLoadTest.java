package io.alchemy.orm;

import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.model.vet.Appointment;
import io.alchemy.orm.model.vet.Client;
import io.alchemy.orm.model.vet.Patient;
import io.alchemy.orm.model.vet.Species;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Session.merge} of a detached aggregate (a client, its patients, their species and appointments, all lazy)
 * reads what SQLAlchemy's merge reads, in a number of statements that does not grow with the graph: per level, one
 * {@code IN} SELECT per mapper and one selectin load per relationship.
 */
class MergeBatchLoadTest {

    static Registry registry() {
        if (Mappers.current(Client.class) != null) {
            return (Registry) Mappers.current(Client.class).registry();
        }
        Registry registry = new Registry(new MetaData())
                .map(Client.class, Patient.class, Species.class, Appointment.class);
        registry.configure();
        return registry;
    }

    /** A client 1 with {@code patients} patients (ids 100…), each with {@code appointments} appointments. */
    static Engine clinic(TestDatabase db, int patients, int appointments) {
        Engine engine = db.engine();
        registry().metadata().createAll(engine);
        engine.transaction(conn -> {
            conn.execute(text("INSERT INTO vet_species (id, name) VALUES (1, 'cat'), (2, 'dog'), (3, 'bird')"));
            conn.execute(text("INSERT INTO vet_client (id, name) VALUES (1, 'George'), (2, 'Betty')"));
            int appointment = 1000;
            for (int p = 0; p < patients; p++) {
                conn.execute(text("INSERT INTO vet_patient (id, name, client_id, species_id) VALUES (:id, :name, 1, :s)"),
                        java.util.Map.of("id", 100 + p, "name", "pet" + p, "s", 1 + p % 2));
                for (int a = 0; a < appointments; a++) {
                    conn.execute(text("INSERT INTO vet_appointment (id, note, patient_id) VALUES (:id, :note, :p)"),
                            java.util.Map.of("id", appointment, "note", "visit" + appointment, "p", 100 + p));
                    appointment++;
                }
            }
            return null;
        });
        return engine;
    }

    /** Client 1 loaded with everything its form shows, then detached. */
    static Client detachedClient(Engine engine) {
        try (Session session = new Session(engine)) {
            Client client = session.get(Client.class, 1);
            for (Patient patient : client.getPatients()) {
                patient.getSpecies().getName();
                patient.getAppointments().size();
            }
            return client;
        }
    }

    private static <T> T counting(Engine engine, List<String> log, Supplier<T> work) {
        SqlRecorder recorder = SqlRecorder.on(engine);
        try {
            return work.get();
        } finally {
            recorder.takeStatements().forEach(executed -> log.add(executed.sql()));
            engine.removeListener(recorder);
        }
    }

    private static List<String> editAndMerge(Engine engine) {
        Client detached = detachedClient(engine);
        detached.setName("George Franklin");
        Appointment edited = detached.getPatients().get(0).getAppointments().get(0);
        edited.setNote("rabies shot");
        Patient moved = detached.getPatients().get(1);
        moved.setSpecies(new Species(3, "bird"));
        List<String> sql = new java.util.ArrayList<>();
        try (Session session = new Session(engine)) {
            Client merged = counting(engine, sql, () -> session.merge(detached));
            assertThat(merged).isNotSameAs(detached);
            assertThat(merged.getName()).isEqualTo("George Franklin");
            assertThat(merged.getPatients()).hasSameSizeAs(detached.getPatients())
                    .allSatisfy(patient -> {
                        assertThat(session.contains(patient)).isTrue();
                        assertThat(patient.getClient()).isSameAs(merged);
                        assertThat(patient.getAppointments()).allSatisfy(a -> assertThat(a.getPatient()).isSameAs(patient));
                    });
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Client stored = session.get(Client.class, 1);
            assertThat(stored.getName()).isEqualTo("George Franklin");
            assertThat(session.get(Appointment.class, edited.getId()).getNote()).isEqualTo("rabies shot");
            assertThat(session.get(Patient.class, moved.getId()).getSpecies().getName()).isEqualTo("bird");
        }
        return sql;
    }

    @MatrixTest
    void mergingAnEditedDetachedAggregateSendsAFewSelectsWhateverItsSize(TestDatabase db) {
        List<String> small = editAndMerge(clinic(db, 3, 2));
        // the client; its patients; their species not in the identity map; their appointments; the new species
        assertThat(small).hasSize(5).allSatisfy(sql -> assertThat(sql).startsWith("SELECT"));
        assertThat(small.get(0)).contains("vet_client").contains(" IN ");
    }

    @MatrixTest
    void aBiggerAggregateSendsTheSameStatements(TestDatabase db) {
        assertThat(editAndMerge(clinic(db, 12, 5))).hasSize(5);
    }

    @MatrixTest
    void newObjectsWithPrimaryKeysAreLookedUpTogetherAndInsertedOnce(TestDatabase db) {
        Engine engine = clinic(db, 0, 0);
        Client given = new Client(2, "Betty");
        for (int i = 0; i < 4; i++) {
            given.getPatients().add(new Patient(200 + i, "new" + i, new Species(1, "cat")));
        }
        List<String> sql = new java.util.ArrayList<>();
        try (Session session = new Session(engine)) {
            Client merged = counting(engine, sql, () -> session.merge(given));
            assertThat(merged.getPatients()).extracting(Patient::getName).containsExactly("new0", "new1", "new2", "new3");
            assertThat(merged.getPatients()).allSatisfy(p -> assertThat(p.getSpecies().getName()).isEqualTo("cat"));
            session.commit();
        }
        // the client, its (empty) patients, the four patients by key (none has a row), their species
        assertThat(sql).hasSize(4);
        assertThat(engine.transaction(conn -> conn.execute(
                text("SELECT count(*) FROM vet_patient WHERE client_id = 2")).scalarOne()).toString()).isEqualTo("4");
    }

    @MatrixTest
    void anAggregateAlreadyInTheSessionMergesWithoutSql(TestDatabase db) {
        Engine engine = clinic(db, 3, 2);
        Client detached = detachedClient(engine);
        detached.getPatients().get(2).getAppointments().get(1).setNote("checked");
        try (Session session = new Session(engine)) {
            Client present = session.get(Client.class, 1);
            present.getPatients().forEach(p -> {
                p.getSpecies().getName();
                p.getAppointments().size();
            });
            List<String> sql = new java.util.ArrayList<>();
            Client merged = counting(engine, sql, () -> session.merge(detached));
            assertThat(merged).isSameAs(present);
            assertThat(sql).isEmpty();
            assertThat(present.getPatients().get(2).getAppointments().get(1).getNote()).isEqualTo("checked");
        }
    }
}
