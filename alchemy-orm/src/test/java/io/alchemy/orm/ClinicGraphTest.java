package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.orm.LoaderOptions.selectinload;
import static io.alchemy.orm.LoaderOptions.subqueryload;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.clinic.Owner;
import io.alchemy.orm.model.clinic.Owner_;
import io.alchemy.orm.model.clinic.Pet;
import io.alchemy.orm.model.clinic.Pet_;
import io.alchemy.orm.model.clinic.PetType;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/**
 * A clinic-shaped model (owners with eager pets, pets with an eager type through a NOT NULL foreign key): what
 * {@code findById} and a Spring MVC form's {@code merge} of a detached aggregate rely on.
 */
class ClinicGraphTest {

    static Registry registry() {
        if (Mappers.current(Owner.class) != null) {
            return (Registry) Mappers.current(Owner.class).registry();
        }
        Registry registry = new Registry(new MetaData()).map(Owner.class, Pet.class, PetType.class);
        registry.configure();
        return registry;
    }

    static Engine clinic(TestDatabase db) {
        Engine engine = db.engine();
        registry().metadata().createAll(engine);
        engine.transaction(conn -> {
            conn.execute(text("INSERT INTO pet_type (id, name) VALUES (1, 'cat'), (2, 'dog')"));
            conn.execute(text("INSERT INTO owner (id, name) VALUES (1, 'George')"));
            conn.execute(text("INSERT INTO pet (id, name, owner_id, type_id) VALUES (101, 'Leo', 1, 1), (102, 'Max', 1, 2)"));
            return null;
        });
        return engine;
    }

    @MatrixTest
    void getLoadsTheMappingsEagerRelationshipsAsASelectDoes(TestDatabase db) {
        Engine engine = clinic(db);
        Owner owner;
        try (Session session = new Session(engine)) {
            owner = session.get(Owner.class, 1);
        }
        // after the Session: the SELECTIN pets and their JOINED types were loaded by get(), as select(Owner) loads them
        assertThat(owner.getPets()).extracting(Pet::getName).containsExactlyInAnyOrder("Leo", "Max");
        assertThat(owner.getPets()).extracting(pet -> pet.getType().getName()).containsExactlyInAnyOrder("cat", "dog");
    }

    @MatrixTest
    void aSubqueryLoadedCollectionsChildrenJoinTheirEagerRelationships(TestDatabase db) {
        Engine engine = clinic(db);
        List<Owner> owners;
        try (Session session = new Session(engine)) {
            owners = session.scalars(select(Owner.class).options(subqueryload(Owner_.pets))).all();
        }
        assertThat(owners).singleElement().satisfies(owner -> assertThat(owner.getPets())
                .extracting(pet -> pet.getType().getName()).containsExactlyInAnyOrder("cat", "dog"));
    }

    @MatrixTest
    void aSelectinLoadedManyToOnesTargetsJoinTheirJoinedRelationships(TestDatabase db) {
        Engine engine = clinic(db);
        List<Pet> pets;
        try (Session session = new Session(engine)) {
            pets = session.scalars(select(Pet.class).options(selectinload(Pet_.owner).joinedload(Owner_.pets))).all();
        }
        assertThat(pets).hasSize(2).allSatisfy(pet -> assertThat(pet.getOwner().getPets())
                .extracting(Pet::getName).containsExactlyInAnyOrder("Leo", "Max"));
    }

    @MatrixTest
    void getOfAnObjectAlreadyInTheIdentityMapSendsNoSql(TestDatabase db) {
        Engine engine = clinic(db);
        SqlRecorder sql = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            Pet pet = session.get(Pet.class, 101);
            assertThat(pet.getType().getName()).isEqualTo("cat");
            sql.take();
            assertThat(session.get(Pet.class, 101)).isSameAs(pet);
            assertThat(sql.take()).isEmpty();
        }
    }

    @MatrixTest
    void mergeOfANewObjectReferringToExistingRowsDoesNotFlushItHalfMerged(TestDatabase db) {
        Engine engine = clinic(db);
        Owner owner;
        PetType dog;
        try (Session first = new Session(engine)) {
            owner = first.get(Owner.class, 1);
            dog = first.get(PetType.class, 2);
        }
        Pet given = new Pet("Rex", dog);
        given.setOwner(owner);
        try (Session second = new Session(engine)) {
            Pet merged = second.merge(given);
            assertThat(merged.getType().getId()).isEqualTo(2);
            assertThat(merged.getOwner().getId()).isEqualTo(1);
            second.commit();
        }
        assertThat(engine.transaction(conn -> conn.execute(
                text("SELECT type_id FROM pet WHERE name = 'Rex'")).scalarOne()).toString()).isEqualTo("2");
    }
}
