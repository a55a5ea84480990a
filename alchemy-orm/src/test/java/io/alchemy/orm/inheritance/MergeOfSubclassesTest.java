package io.alchemy.orm.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.Cat;
import io.alchemy.orm.model.inherit.Dog;
import io.alchemy.orm.model.inherit.Owner;
import io.alchemy.orm.model.inherit.Pet;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** {@code Session.merge} of a detached owner whose pets are of several single-table subclasses, loads batched. */
class MergeOfSubclassesTest {

    private static int storedOwner(Engine engine) {
        try (Session session = new Session(engine)) {
            Owner owner = new Owner("George", "Franklin", "Madison");
            for (Pet pet : List.of(new Dog("Rex", "collie"), new Cat("Tom", true), new Dog("Fido", "beagle"))) {
                pet.setOwner(owner);
            }
            session.add(owner);
            session.commit();
            return owner.getId();
        }
    }

    private static List<String> merging(Engine engine, Session session, Object detached) {
        SqlRecorder recorder = SqlRecorder.on(engine);
        try {
            session.merge(detached);
            return recorder.takeStatements().stream().map(SqlRecorder.Executed::sql).toList();
        } finally {
            engine.removeListener(recorder);
        }
    }

    @MatrixTest
    void aDetachedOwnersPetsMergeAsTheirOwnClassesWithoutASelectPerPet(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        int id = storedOwner(engine);
        Owner detached;
        try (Session session = new Session(engine)) {
            detached = session.get(Owner.class, id);
            detached.getPets().forEach(pet -> pet.getName());
            ((Dog) detached.getPets().get(0)).getBreed();
        }
        ((Dog) detached.getPets().get(0)).setBreed("border collie");
        detached.getPets().get(1).setName("Tom II");
        try (Session session = new Session(engine)) {
            List<String> sql = merging(engine, session, detached);
            // the owner, its pets (the subclasses told apart by the discriminator, their own columns read in the
            // same SELECT): no SELECT per pet, none per subclass
            assertThat(sql).hasSize(2);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            List<Pet> pets = session.get(Owner.class, id).getPets();
            assertThat(pets).extracting(p -> p.getClass().getSimpleName()).containsExactly("Dog", "Cat", "Dog");
            assertThat(((Dog) pets.get(0)).getBreed()).isEqualTo("border collie");
            assertThat(pets.get(1).getName()).isEqualTo("Tom II");
        }
    }

    @MatrixTest
    void newPetsWithKeysAreLookedUpOncePerClassAndInsertedWithTheirDiscriminator(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        int id = storedOwner(engine);
        Owner detached;
        try (Session session = new Session(engine)) {
            detached = session.get(Owner.class, id);
            detached.getPets().size();
        }
        for (int i = 0; i < 3; i++) {
            Dog dog = new Dog("dog" + i, "mixed");
            dog.setId(500 + i);
            Cat cat = new Cat("cat" + i, false);
            cat.setId(600 + i);
            detached.getPets().add(dog);
            detached.getPets().add(cat);
        }
        try (Session session = new Session(engine)) {
            List<String> sql = merging(engine, session, detached);
            // the owner; its pets with their subclasses' columns; the new dogs by key; the new cats by key
            assertThat(sql).hasSize(4);
            assertThat(sql.get(2)).contains(" IN (");
            assertThat(sql.get(3)).contains(" IN (");
            session.commit();
        }
        try (Session session = new Session(engine)) {
            assertThat(session.get(Pet.class, 602)).isInstanceOf(Cat.class);
            assertThat(session.get(Owner.class, id).getPets()).hasSize(9);
        }
    }
}
