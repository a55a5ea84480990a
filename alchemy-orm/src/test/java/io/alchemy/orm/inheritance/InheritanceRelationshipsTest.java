package io.alchemy.orm.inheritance;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.joinedload;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.Cat;
import io.alchemy.orm.model.inherit.Dog;
import io.alchemy.orm.model.inherit.Nurse;
import io.alchemy.orm.model.inherit.Owner;
import io.alchemy.orm.model.inherit.Owner_;
import io.alchemy.orm.model.inherit.Pet;
import io.alchemy.orm.model.inherit.PetType;
import io.alchemy.orm.model.inherit.Vet;
import io.alchemy.orm.model.inherit.Visit;
import io.alchemy.orm.model.inherit.Visit_;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** Relationships whose target is the base of a hierarchy: they hold instances of the subclasses, however loaded. */
class InheritanceRelationshipsTest {

    private static Engine clinic(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            PetType dogs = new PetType("dog");
            Owner george = new Owner("George", "Franklin", "Madison");
            Dog rex = new Dog("Rex", "collie");
            rex.setType(dogs);
            Cat tom = new Cat("Tom", false);
            rex.setOwner(george);
            tom.setOwner(george);
            Vet carter = new Vet("James", "Carter", "surgery");
            Nurse leary = new Nurse("Helen", "Leary", 2);
            session.add(george);
            session.add(new Visit("rabies shot", rex, carter));
            session.add(new Visit("neutered", tom, leary));
            session.commit();
        }
        return engine;
    }

    @MatrixTest
    void aOneToManyToTheBaseClassHoldsSubclassInstancesLazySelectinAndJoined(TestDatabase db) {
        Engine engine = clinic(db);
        try (Session session = new Session(engine)) {
            Owner owner = session.scalars(select(Owner.class)).one();
            SqlRecorder recorder = SqlRecorder.on(engine);
            assertThat(owner.getPets()).extracting(p -> p.getClass().getSimpleName()).containsExactly("Dog", "Cat");
            // the lazy load reads the subclasses' columns of the shared table with the pets: one statement
            assertThat(recorder.takeStatements()).hasSize(1);
            assertThat(((Dog) owner.getPets().get(0)).getBreed()).isEqualTo("collie");
            assertThat(recorder.takeStatements()).isEmpty();
            engine.removeListener(recorder);
            assertThat(owner.fullName()).isEqualTo("George Franklin");
        }
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            Owner owner = session.scalars(select(Owner.class).options(selectinload(Owner_.pets))).one();
            assertThat(owner.getPets()).extracting(p -> p.getClass().getSimpleName()).containsExactly("Dog", "Cat");
            assertThat(recorder.takeStatements()).extracting(e -> e.sql().replace("\n", "")).containsExactly(
                    "SELECT inh_owners.id, inh_owners.first_name, inh_owners.last_name, inh_owners.city FROM inh_owners",
                    "SELECT inh_pets.owner_id AS inh_pets_owner_id, inh_pets.id AS inh_pets_id, inh_pets.name AS "
                            + "inh_pets_name, inh_pets.kind AS inh_pets_kind, inh_pets.type_id AS inh_pets_type_id, "
                            // each subclass's own columns, read inline: no statement per subclass
                            + "inh_pets.breed AS inh_pets_breed, inh_pets.indoor AS inh_pets_indoor, inh_pets.age_weeks "
                            + "AS inh_pets_age_weeks FROM inh_pets WHERE inh_pets.owner_id IN (?) ORDER BY inh_pets.id");
            assertThat(((Dog) owner.getPets().get(0)).getBreed()).isEqualTo("collie");
            assertThat(((Cat) owner.getPets().get(1)).getIndoor()).isFalse();
            assertThat(recorder.takeStatements()).isEmpty();
            engine.removeListener(recorder);
        }
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            Owner owner = session.scalars(select(Owner.class).options(joinedload(Owner_.pets))).one();
            assertThat(owner.getPets()).extracting(Pet::getName).containsExactly("Rex", "Tom");
            assertThat(owner.getPets().get(1)).isInstanceOf(Cat.class);
            assertThat(recorder.takeStatements()).hasSize(1);     // the joined SELECT, with Dog's and Cat's columns
            assertThat(((Cat) owner.getPets().get(1)).getIndoor()).isFalse();
            assertThat(recorder.takeStatements()).isEmpty();
            engine.removeListener(recorder);
        }
    }

    @MatrixTest
    void manyToOnesToBothBasesLoadTheSubclassesJoinedAndLazily(TestDatabase db) {
        Engine engine = clinic(db);
        try (Session session = new Session(engine)) {
            List<Visit> visits = session.scalars(select(Visit.class).orderBy(Visit_.id)).all();   // pet: lazy JOINED
            assertThat(visits).extracting(v -> v.getPet().getClass().getSimpleName()).containsExactly("Dog", "Cat");
            assertThat(visits.get(0).getPet().getType().getName()).isEqualTo("dog");
            assertThat(visits).extracting(v -> v.getStaff().getClass().getSimpleName()).containsExactly("Vet", "Nurse");
            assertThat(((Vet) visits.get(0).getStaff()).getSpecialty()).isEqualTo("surgery");
            assertThat(((Nurse) visits.get(1).getStaff()).getShifts()).isEqualTo(2);
        }
        try (Session session = new Session(engine)) {
            List<Visit> visits = session.scalars(select(Visit.class).options(selectinload(Visit_.staff))
                    .orderBy(Visit_.id)).all();
            assertThat(visits.get(0).getStaff()).isInstanceOf(Vet.class);
            assertThat(session.get(Vet.class, visits.get(0).getStaff().getId())).isSameAs(visits.get(0).getStaff());
        }
    }

    @MatrixTest
    void changingASubclassThroughItsBaseRelationshipFlushesTheRightTables(TestDatabase db) {
        Engine engine = clinic(db);
        try (Session session = new Session(engine)) {
            Visit visit = session.scalars(select(Visit.class).orderBy(Visit_.id)).first();
            ((Vet) visit.getStaff()).setSpecialty("dentistry");
            ((Dog) visit.getPet()).setBreed("border collie");
            session.commit();
        }
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(select(Vet.class)).one().getSpecialty()).isEqualTo("dentistry");
            assertThat(session.scalars(select(Dog.class)).one().getBreed()).isEqualTo("border collie");
            Owner owner = session.scalars(select(Owner.class)).one();
            Pet tom = owner.getPets().get(1);
            owner.getPets().remove(tom);
            session.delete(session.scalars(select(Visit.class).where(Visit_.petId.eq(tom.getId()))).one());
            session.delete(tom);
            session.commit();
            assertThat(session.scalars(select(Pet.class)).all()).extracting(Pet::getName).containsExactly("Rex");
        }
    }

    @MatrixTest
    void mergingDetachedSubclassObjectsWritesTheirTables(TestDatabase db) {
        Engine engine = clinic(db);
        Owner detached;
        Vet vet;
        try (Session session = new Session(engine)) {
            detached = session.scalars(select(Owner.class).options(selectinload(Owner_.pets))).one();
            vet = session.scalars(select(Vet.class)).one();
        }
        ((Dog) detached.getPets().get(0)).setBreed("sheltie");
        ((Cat) detached.getPets().get(1)).setIndoor(true);
        vet.setSpecialty("dentistry");
        try (Session session = new Session(engine)) {
            Owner merged = session.merge(detached);
            session.merge(vet);
            assertThat(merged.getPets()).extracting(p -> p.getClass().getSimpleName()).containsExactly("Dog", "Cat");
            session.commit();
        }
        try (Session session = new Session(engine)) {
            assertThat(session.scalars(select(Dog.class)).one().getBreed()).isEqualTo("sheltie");
            assertThat(session.scalars(select(Cat.class)).one().getIndoor()).isTrue();
            assertThat(session.scalars(select(Vet.class)).one().getSpecialty()).isEqualTo("dentistry");
        }
    }

    @MatrixTest
    void relationshipsToASubclassHoldOnlyItsObjects(TestDatabase db) {
        Engine engine = clinic(db);
        try (Session session = new Session(engine)) {
            Owner owner = session.scalars(select(Owner.class)).one();
            assertThat(owner.getDogs()).extracting(Pet::getName).containsExactly("Rex");        // lazy
            List<Visit> visits = session.scalars(select(Visit.class).orderBy(Visit_.id)).all();
            assertThat(visits.get(0).getVet().getSpecialty()).isEqualTo("surgery");
            assertThat(visits.get(1).getStaff()).isInstanceOf(Nurse.class);
            assertThat(visits.get(1).getVet()).isNull();          // the Nurse in the identity map is not a Vet
        }
        try (Session session = new Session(engine)) {
            Owner owner = session.scalars(select(Owner.class).options(selectinload(Owner_.dogs))).one();
            assertThat(owner.getDogs()).extracting(Pet::getName).containsExactly("Rex");
            List<Visit> visits = session.scalars(select(Visit.class).options(selectinload(Visit_.vet))
                    .orderBy(Visit_.id)).all();
            assertThat(visits.get(0).getVet()).isInstanceOf(Vet.class);
            assertThat(visits.get(1).getVet()).isNull();
        }
    }
}
