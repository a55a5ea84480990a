package io.alchemy.orm.inheritance;

import static io.alchemy.Alchemy.delete;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.model.inherit.Cat;
import io.alchemy.orm.model.inherit.Dog;
import io.alchemy.orm.model.inherit.Owner;
import io.alchemy.orm.model.inherit.Pet;
import io.alchemy.orm.model.inherit.Pet_;
import io.alchemy.orm.model.inherit.Puppy;
import io.alchemy.orm.model.inherit.Vehicles;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** Single-table inheritance on every database: one table, the discriminator, polymorphic loading, flush. */
class SingleTableInheritanceTest {

    @MatrixTest
    void insertsEveryClassIntoOneTableWithItsDiscriminatorAndLoadsThemPolymorphically(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            Owner owner = new Owner("George", "Franklin", "Madison");
            Dog rex = new Dog("Rex", "collie");
            Cat tom = new Cat("Tom", true);
            Puppy bit = new Puppy("Bit", "beagle", 9);
            Pet plain = new Pet("Generic");
            for (Pet pet : List.of(rex, tom, bit, plain)) {
                pet.setOwner(owner);
            }
            session.add(owner);
            session.commit();
            assertThat(List.of(rex.getKind(), tom.getKind(), bit.getKind(), plain.getKind()))
                    .containsExactly("dog", "cat", "puppy", "pet");
        }
        try (Session session = new Session(engine)) {
            List<Pet> pets = session.scalars(select(Pet.class).orderBy(Pet_.id)).all();
            assertThat(pets).extracting(p -> p.getClass().getSimpleName())
                    .containsExactly("Dog", "Cat", "Puppy", "Pet");
            assertThat(((Dog) pets.get(0)).getBreed()).isEqualTo("collie");
            assertThat(((Cat) pets.get(1)).getIndoor()).isTrue();
            assertThat(((Puppy) pets.get(2)).getAgeWeeks()).isEqualTo(9);
            assertThat(session.scalars(select(Dog.class).orderBy(Pet_.id)).all()).extracting(Pet::getName)
                    .containsExactly("Rex", "Bit");
            assertThat(session.scalars(select(Cat.class)).all()).extracting(Pet::getName).containsExactly("Tom");
            assertThat(session.get(Pet.class, pets.get(0).getId())).isSameAs(pets.get(0));
            assertThat(session.get(Cat.class, pets.get(0).getId())).isNull();
        }
    }

    private static List<Integer> storedPets(Engine engine) {
        try (Session session = new Session(engine)) {
            List<Pet> pets = List.of(new Dog("Rex", "collie"), new Cat("Tom", true), new Puppy("Bit", "beagle", 9),
                    new Pet("Generic"));
            pets.forEach(session::add);
            session.commit();
            return pets.stream().map(Pet::getId).toList();
        }
    }

    private static List<String> sql(SqlRecorder recorder) {
        return recorder.takeStatements().stream().map(e -> e.sql().replace("\n", "")).toList();
    }

    @MatrixTest
    void aQueryOfTheBaseReadsTheSubclassColumnsOfTheSharedTableInTheSameSelect(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        storedPets(engine);
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            List<Pet> pets = session.scalars(select(Pet.class).orderBy(Pet_.id)).all();
            // SQLAlchemy's polymorphic_load="inline": each subclass's columns follow the base's, in mapping order
            assertThat(sql(recorder)).containsExactly("SELECT inh_pets.id, inh_pets.name, inh_pets.kind, "
                    + "inh_pets.owner_id, inh_pets.type_id, inh_pets.breed, inh_pets.indoor, inh_pets.age_weeks "
                    + "FROM inh_pets ORDER BY inh_pets.id");
            assertThat(((Dog) pets.get(0)).getBreed()).isEqualTo("collie");
            assertThat(((Cat) pets.get(1)).getIndoor()).isTrue();
            assertThat(((Puppy) pets.get(2)).getBreed()).isEqualTo("beagle");       // its parent's column
            assertThat(((Puppy) pets.get(2)).getAgeWeeks()).isEqualTo(9);
            assertThat(io.alchemy.orm.Orm.inspect(pets.get(0)).unloaded()).doesNotContain("breed");
            assertThat(sql(recorder)).isEmpty();
            engine.removeListener(recorder);
        }
    }

    @MatrixTest
    void getOfTheBaseAndMergeReadTheSubclassColumnsInline(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        List<Integer> ids = storedPets(engine);
        Puppy detached;
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            Pet tom = session.get(Pet.class, ids.get(1));
            assertThat(((Cat) tom).getIndoor()).isTrue();
            detached = (Puppy) session.get(Pet.class, ids.get(2));
            assertThat(detached.getAgeWeeks()).isEqualTo(9);
            assertThat(sql(recorder)).hasSize(2).allSatisfy(statement -> assertThat(statement)
                    .contains("inh_pets.breed AS inh_pets_breed, inh_pets.indoor AS inh_pets_indoor, "
                            + "inh_pets.age_weeks AS inh_pets_age_weeks FROM inh_pets WHERE inh_pets.id = ?"));
            engine.removeListener(recorder);
        }
        detached.setBreed("basset");
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            Puppy merged = session.merge(detached);
            assertThat(sql(recorder)).hasSize(1);          // the puppy by key, its own columns with it
            assertThat(merged.getAgeWeeks()).isEqualTo(9);
            session.commit();
            engine.removeListener(recorder);
        }
        try (Session session = new Session(engine)) {
            assertThat(((Puppy) session.get(Pet.class, ids.get(2))).getBreed()).isEqualTo("basset");
        }
    }

    @MatrixTest
    void aSubclassMappedWithSelectinLoadsItsColumnsAfterTheRowsTheOthersInline(TestDatabase db) {
        Engine engine = db.engine();
        io.alchemy.orm.Registry.of(Vehicles.Vehicle.class, Vehicles.Car.class, Vehicles.Truck.class).metadata()
                .createAll(engine);
        try (Session session = new Session(engine)) {
            Vehicles.Car car = new Vehicles.Car();
            car.name = "Zoe";
            car.doors = 5;
            Vehicles.Truck truck = new Vehicles.Truck();
            truck.name = "Actros";
            truck.payload = 18;
            session.add(car);
            session.add(truck);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            List<Vehicles.Vehicle> vehicles = session.scalars(select(Vehicles.Vehicle.class)).all();
            assertThat(sql(recorder)).containsExactly(
                    "SELECT inh_vehicles.id, inh_vehicles.kind, inh_vehicles.name, inh_vehicles.doors FROM inh_vehicles",
                    "SELECT inh_vehicles.id AS inh_vehicles_id, inh_vehicles.payload AS inh_vehicles_payload "
                            + "FROM inh_vehicles WHERE inh_vehicles.id IN (?) ORDER BY inh_vehicles.id");
            assertThat(vehicles).hasSize(2).allSatisfy(vehicle -> {
                if (vehicle instanceof Vehicles.Car car) {
                    assertThat(car.doors).isEqualTo(5);
                } else {
                    assertThat(((Vehicles.Truck) vehicle).payload).isEqualTo(18);
                }
            });
            engine.removeListener(recorder);
        }
    }

    @MatrixTest
    void theSubclassColumnsFollowTheirEntityInARowOfSeveralEntities(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            Owner owner = new Owner("George", "Franklin", "Madison");
            Cat tom = new Cat("Tom", true);
            tom.setOwner(owner);
            session.add(owner);
            session.commit();
        }
        try (Session session = new Session(engine)) {
            SqlRecorder recorder = SqlRecorder.on(engine);
            io.alchemy.engine.Row row = session.execute(select(Pet.class, Owner.class).join(Pet_.owner)).one();
            // (MariaDB's dialect spells the join INNER JOIN)
            assertThat(sql(recorder)).extracting(s -> s.replace(" INNER JOIN ", " JOIN ")).containsExactly(
                    "SELECT inh_pets.id, inh_pets.name, inh_pets.kind, "
                    + "inh_pets.owner_id, inh_pets.type_id, inh_pets.breed, inh_pets.indoor, inh_pets.age_weeks, "
                    + "inh_owners.id AS id_1, inh_owners.first_name, inh_owners.last_name, inh_owners.city "
                    + "FROM inh_pets JOIN inh_owners ON inh_owners.id = inh_pets.owner_id");
            assertThat(((Cat) row.get(0)).getIndoor()).isTrue();
            assertThat(((Owner) row.get(1)).getCity()).isEqualTo("Madison");
            assertThat(sql(recorder)).isEmpty();
            engine.removeListener(recorder);
        }
    }

    @MatrixTest
    void anAliasedBaseLoadsTheSubclassColumnsOnFirstAccess(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        List<Integer> ids = storedPets(engine);
        try (Session session = new Session(engine)) {
            io.alchemy.orm.Aliased<Pet> pet = io.alchemy.orm.Aliased.aliased(Pet.class);
            List<Pet> pets = session.scalars(select(pet).where(pet.get(Pet_.id).eq(ids.get(0)))).all();
            assertThat(pets).singleElement().isInstanceOf(Dog.class);
            assertThat(((Dog) pets.get(0)).getBreed()).isEqualTo("collie");
        }
    }

    @MatrixTest
    void selectOfASubclassFiltersOnItsIdentitiesAndThoseOfItsSubclasses(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            session.add(new Dog("Rex", "collie"));
            session.commit();
            SqlRecorder recorder = SqlRecorder.on(engine);
            session.scalars(select(Dog.class)).all();
            assertThat(recorder.takeStatements()).extracting(e -> e.sql().replace("\n", "")).containsExactly(
                    "SELECT inh_pets.id, inh_pets.name, inh_pets.kind, inh_pets.owner_id, inh_pets.type_id, "
                            + "inh_pets.breed, inh_pets.age_weeks FROM inh_pets WHERE inh_pets.kind IN (?, ?)");
            engine.removeListener(recorder);
        }
    }

    @MatrixTest
    void ormUpdateDeleteAndBulkInsertOfASubclassTouchItsRowsOnly(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            session.execute(insert(Dog.class), List.of(Map.of("name", "Rex", "breed", "collie"),
                    Map.of("name", "Fido", "breed", "pug")));
            session.execute(insert(Cat.class), List.of(Map.of("name", "Tom", "indoor", true)));
            assertThat(session.scalars(select(Pet.class).orderBy(Pet_.id)).all()).extracting(Pet::getKind)
                    .containsExactly("dog", "dog", "cat");
            session.execute(update(Dog.class).values(Map.of("name", "Dog")));
            assertThat(session.scalars(select(Pet_.name).orderBy(Pet_.id)).all()).containsExactly("Dog", "Dog", "Tom");
            session.execute(delete(Cat.class));
            assertThat(session.scalars(select(Pet.class)).all()).extracting(Pet::getName).containsExactly("Dog", "Dog");
            session.commit();
        }
    }

    @MatrixTest
    void ormDmlOfAJoinedSubclassIsRefused(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        try (Session session = new Session(engine)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.execute(
                    update(io.alchemy.orm.model.inherit.Vet.class).values(Map.of("last_name", "x"))))
                    .isInstanceOf(io.alchemy.exc.ArgumentError.class)
                    .hasMessage("An ORM-enabled UPDATE of Vet would span its tables [inh_staff, inh_vets] (joined-table "
                            + "inheritance); write each table with a Core statement, or change the objects through a "
                            + "Session");
        }
    }
}
