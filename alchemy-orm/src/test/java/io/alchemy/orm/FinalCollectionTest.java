package io.alchemy.orm;

import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.orm.model.bad.FinalOwner;
import io.alchemy.orm.model.bad.PenPal;
import io.alchemy.orm.model.jpa.Dog;
import io.alchemy.orm.model.jpa.Kennel;
import io.alchemy.orm.model.jpa.Kennel_;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code private final List<Dog> dogs = new ArrayList<>()}, the common JPA style: the enhanced class keeps its
 * constructor's list, loading fills it, changes made through it are tracked and flushed, merge copies into it; the
 * field is never reassigned.
 */
class FinalCollectionTest {

    static Registry registry() {
        if (Mappers.current(Kennel.class) != null) {
            return (Registry) Mappers.current(Kennel.class).registry();
        }
        Registry registry = new Registry(new MetaData()).map(Kennel.class, Dog.class);
        registry.configure();
        return registry;
    }

    static Engine kennels(TestDatabase db) {
        Engine engine = db.engine();
        registry().metadata().createAll(engine);
        MetaData metadata = registry().metadata();
        engine.transaction(conn -> {
            conn.execute(insert(metadata.tableNamed("kennel")), Map.of("name", "North"));
            conn.execute(insert(metadata.tableNamed("dog")), List.of(
                    Map.of("name", "Rex", "birth_date", LocalDate.of(2020, 1, 1), "kennel_id", 1),
                    Map.of("name", "Ace", "birth_date", LocalDate.of(2021, 6, 1), "kennel_id", 1),
                    Map.of("name", "Bo", "birth_date", LocalDate.of(2021, 6, 1), "kennel_id", 1)));
            return null;
        });
        return engine;
    }

    private static Object heldList(Kennel kennel) throws ReflectiveOperationException {
        Field field = Kennel.class.getDeclaredField("dogs");
        field.setAccessible(true);
        return field.get(kennel);
    }

    @MatrixTest
    void loadingFillsTheFieldsOwnListInOrderOfTheAttributes(TestDatabase db) throws Exception {
        Engine engine = kennels(db);
        try (Session session = new Session(engine)) {
            Kennel kennel = session.get(Kennel.class, 1);
            Object before = heldList(kennel);
            // orderBy = "birthDate desc, name": attribute names, not column names
            assertThat(kennel.getDogs()).extracting(Dog::getName).containsExactly("Ace", "Bo", "Rex");
            assertThat(heldList(kennel)).isSameAs(before).isInstanceOf(ArrayList.class);
            assertThat((List<?>) before).hasSize(3);
        }
    }

    @MatrixTest
    void selectinLoadingFillsTheFinalList(TestDatabase db) throws Exception {
        Engine engine = kennels(db);
        List<Kennel> kennels;
        try (Session session = new Session(engine)) {
            kennels = session.scalars(select(Kennel.class).options(selectinload(Kennel_.dogs))).all();
        }
        assertThat(kennels).singleElement().satisfies(kennel -> {
            assertThat(kennel.getDogs()).extracting(Dog::getName).containsExactly("Ace", "Bo", "Rex");
            assertThat((List<?>) heldList(kennel)).hasSize(3);
        });
    }

    @MatrixTest
    void appendsAndRemovalsThroughTheFinalListAreFlushed(TestDatabase db) {
        Engine engine = kennels(db);
        try (Session session = new Session(engine)) {
            Kennel kennel = session.get(Kennel.class, 1);
            Dog rex = kennel.getDogs().get(2);
            Dog fido = new Dog("Fido", LocalDate.of(2019, 3, 3));
            kennel.addDog(fido);
            kennel.getDogs().remove(rex);
            assertThat(fido.getKennel()).isSameAs(kennel);
            session.commit();
        }
        List<String> rows = engine.transaction(conn -> conn.execute(
                text("SELECT name, kennel_id FROM dog ORDER BY name")).all().stream()
                .map(row -> row.get(0) + ":" + row.get(1)).toList());
        // Rex was a delete-orphan: removed from the collection, deleted
        assertThat(rows).containsExactly("Ace:1", "Bo:1", "Fido:1");
    }

    @MatrixTest
    void aNewObjectWithAFinalListIsInsertedWithItsChildren(TestDatabase db) throws Exception {
        Engine engine = kennels(db);
        Kennel south = new Kennel("South");
        south.addDog(new Dog("Zed", LocalDate.of(2022, 2, 2)));
        Object held = heldList(south);
        try (Session session = new Session(engine)) {
            session.add(south);
            session.commit();
        }
        assertThat(heldList(south)).isSameAs(held);
        long dogs = engine.transaction(conn -> ((Number) conn.execute(text(
                "SELECT count(*) FROM dog JOIN kennel ON kennel.id = dog.kennel_id WHERE kennel.name = 'South'"))
                .scalar()).longValue());
        assertThat(dogs).isEqualTo(1);
    }

    @MatrixTest
    void mergingADetachedObjectCopiesIntoTheFinalListOfTheSessionsObject(TestDatabase db) throws Exception {
        Engine engine = kennels(db);
        Kennel detached;
        try (Session session = new Session(engine)) {
            detached = session.get(Kennel.class, 1);
            detached.getDogs().size();
        }
        detached.setName("North-East");
        detached.addDog(new Dog("Max", LocalDate.of(2018, 8, 8)));
        try (Session session = new Session(engine)) {
            Kennel merged = session.merge(detached);
            Object held = heldList(merged);
            assertThat(merged.getDogs()).extracting(Dog::getName).containsExactly("Ace", "Bo", "Rex", "Max");
            session.commit();
            assertThat(heldList(merged)).isSameAs(held);
        }
        try (Session session = new Session(engine)) {
            Kennel reloaded = session.get(Kennel.class, 1);
            assertThat(reloaded.getName()).isEqualTo("North-East");
            assertThat(reloaded.getDogs()).extracting(Dog::getName).containsExactly("Ace", "Bo", "Rex", "Max");
        }
    }

    @Test
    void aFinalFieldThatIsNotACollectionIsRefused() {
        assertThatThrownBy(() -> Registry.of(FinalOwner.class, PenPal.class)).isInstanceOf(ArgumentError.class)
                .hasMessage("Relationship FinalOwner.penPal is final: only a List, Set or Collection relationship may "
                        + "be final (its collection is changed in place); remove 'final'");
    }
}
