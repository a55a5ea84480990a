package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.orm.LoaderOptions.joinedload;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.model.jpa.Club;
import io.alchemy.orm.model.jpa.Household;
import io.alchemy.orm.model.jpa.Household_;
import io.alchemy.orm.model.jpa.Resident;
import io.alchemy.schema.Column;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JPA's unidirectional {@code @OneToMany @JoinColumn}: {@code @Relationship(joinColumns = "household_id")} on the
 * parent adds the column to the child's table (which maps no attribute for it), and the flush writes it: in the
 * child's INSERT, in an UPDATE when an existing child is added or removed, and not at all for a delete-orphan.
 */
class ParentSideJoinColumnTest {

    static Registry registry() {
        if (Mappers.current(Household.class) != null) {
            return (Registry) Mappers.current(Household.class).registry();
        }
        // the child first: its table gets the columns its parents declare, mapped in the same call
        Registry registry = new Registry(new MetaData()).map(Resident.class, Household.class, Club.class);
        registry.configure();
        return registry;
    }

    static Engine database(TestDatabase db) {
        Engine engine = db.engine();
        registry().metadata().createAll(engine);
        return engine;
    }

    private static List<String> residents(Engine engine) {
        return engine.transaction(conn -> conn.execute(text(
                "SELECT name, household_id, club_id FROM resident ORDER BY name")).all().stream()
                .map(row -> row.get(0) + ":" + row.get(1) + ":" + row.get(2)).toList());
    }

    @Test
    void theChildTableGetsANullableForeignKeyToTheParent() {
        Column<?> column = registry().metadata().tableNamed("resident").c("household_id");
        assertThat(column.isNullable()).isTrue();
        assertThat(column.foreignKeys()).singleElement().satisfies(fk -> assertThat(fk.target()).isEqualTo("household.id"));
        assertThat(column.type().javaType()).isEqualTo(Integer.class);
        assertThat(registry().mapper(Resident.class).attributes()).containsOnlyKeys("id", "name");
    }

    @MatrixTest
    void newChildrenAreInsertedWithTheForeignKeyInOneStatementEach(TestDatabase db) {
        Engine engine = database(db);
        SqlRecorder sql = SqlRecorder.on(engine);
        Household household = new Household("Smith");
        household.getResidents().add(new Resident("Ann"));
        household.getResidents().add(new Resident("Bob"));
        Integer id;
        try (Session session = new Session(engine)) {
            session.add(household);
            session.flush();
            id = household.getId();
            session.commit();
        }
        assertThat(sql.take()).noneMatch(statement -> statement.startsWith("UPDATE"));
        assertThat(residents(engine)).containsExactly("Ann:" + id + ":null", "Bob:" + id + ":null");
    }

    @MatrixTest
    void theCollectionLoadsThroughTheUnmappedColumn(TestDatabase db) {
        Engine engine = database(db);
        Household saved = new Household("Smith");
        saved.getResidents().add(new Resident("Cy"));
        saved.getResidents().add(new Resident("Ann"));
        Integer id;
        try (Session session = new Session(engine)) {
            session.add(saved);
            session.flush();
            id = saved.getId();
            session.commit();
        }
        Household loaded;
        try (Session session = new Session(engine)) {
            loaded = session.get(Household.class, id);
        }
        // SELECTIN by default: loaded with get(), readable after the Session; ordered by name
        assertThat(loaded.getResidents()).extracting(Resident::getName).containsExactly("Ann", "Cy");
    }

    @MatrixTest
    void aJoinedLoadJoinsOnTheUnmappedColumn(TestDatabase db) {
        Engine engine = database(db);
        Household saved = new Household("Smith");
        saved.getResidents().add(new Resident("Bob"));
        saved.getResidents().add(new Resident("Ann"));
        try (Session session = new Session(engine)) {
            session.add(saved);
            session.commit();
        }
        SqlRecorder sql = SqlRecorder.on(engine);
        List<Household> households;
        try (Session session = new Session(engine)) {
            households = session.scalars(select(Household.class).options(joinedload(Household_.residents))).all();
            assertThat(sql.takeStatements()).singleElement().satisfies(statement -> assertThat(statement.sql())
                    .contains("LEFT OUTER JOIN resident AS resident_1 ON household.id = resident_1.household_id"));
        }
        assertThat(households).singleElement().satisfies(household -> assertThat(household.getResidents())
                .extracting(Resident::getName).containsExactlyInAnyOrder("Ann", "Bob"));
    }

    @MatrixTest
    void movingAnExistingChildUpdatesItsForeignKeyAndRemovalDeletesTheOrphan(TestDatabase db) {
        Engine engine = database(db);
        Household first = new Household("First");
        Household second = new Household("Second");
        first.getResidents().add(new Resident("Ann"));
        first.getResidents().add(new Resident("Bob"));
        Integer firstId;
        Integer secondId;
        try (Session session = new Session(engine)) {
            session.add(first);
            session.add(second);
            session.flush();
            firstId = first.getId();
            secondId = second.getId();
            session.commit();
        }
        try (Session session = new Session(engine)) {
            Household from = session.get(Household.class, firstId);
            Household to = session.get(Household.class, secondId);
            Resident ann = from.getResidents().get(0);
            Resident bob = from.getResidents().get(1);
            from.getResidents().remove(ann);
            to.getResidents().add(ann);
            from.getResidents().remove(bob);
            session.commit();
        }
        // Ann moved (adopted by the second household, so not an orphan); Bob, removed, was a delete-orphan
        assertThat(residents(engine)).containsExactly("Ann:" + secondId + ":null");
    }

    @MatrixTest
    void mergingADetachedParentInsertsItsNewChildrenWithTheForeignKey(TestDatabase db) {
        // PetClinic's shape: @OneToMany @JoinColumn on a final, ordered, eagerly loaded list, saved from a form
        Engine engine = database(db);
        Household saved = new Household("Smith");
        saved.getResidents().add(new Resident("Bob"));
        Integer id;
        try (Session session = new Session(engine)) {
            session.add(saved);
            session.flush();
            id = saved.getId();
            session.commit();
        }
        Household detached;
        try (Session session = new Session(engine)) {
            detached = session.get(Household.class, id);
        }
        detached.getResidents().add(new Resident("Ann"));
        try (Session session = new Session(engine)) {
            Household merged = session.merge(detached);
            assertThat(merged.getResidents()).extracting(Resident::getName).containsExactly("Bob", "Ann");
            session.commit();
        }
        assertThat(residents(engine)).containsExactly("Ann:" + id + ":null", "Bob:" + id + ":null");
        try (Session session = new Session(engine)) {
            assertThat(session.get(Household.class, id).getResidents()).extracting(Resident::getName)
                    .containsExactly("Ann", "Bob");
        }
    }

    @MatrixTest
    void withoutDeleteOrphanRemovalAndParentDeletionClearTheColumn(TestDatabase db) {
        Engine engine = database(db);
        Club chess = new Club("Chess");
        Resident ann = new Resident("Ann");
        Resident bob = new Resident("Bob");
        chess.getMembers().add(ann);
        chess.getMembers().add(bob);
        Integer id;
        try (Session session = new Session(engine)) {
            session.add(chess);
            session.flush();
            id = chess.getId();
            session.commit();
        }
        assertThat(residents(engine)).containsExactly("Ann:null:" + id, "Bob:null:" + id);
        try (Session session = new Session(engine)) {
            Club club = session.get(Club.class, id);
            club.getMembers().remove(0);
            session.commit();
        }
        assertThat(residents(engine)).containsExactly("Ann:null:null", "Bob:null:" + id);
        try (Session session = new Session(engine)) {
            session.delete(session.get(Club.class, id));
            session.commit();
        }
        assertThat(residents(engine)).containsExactly("Ann:null:null", "Bob:null:null");
    }
}
