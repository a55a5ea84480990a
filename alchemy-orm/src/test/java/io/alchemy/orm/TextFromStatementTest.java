package io.alchemy.orm;

import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.text;
import static io.alchemy.orm.FromStatement.fromStatement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.model.clinic.Owner;
import io.alchemy.orm.model.clinic.Pet;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/**
 * {@code fromStatement(select(Pet.class), text(…))} (SQLAlchemy's {@code select(Pet).from_statement(text(…))}): the
 * SQL's own rows are the objects, matched by column name whatever their order, in one statement; the mapping's eager
 * relationships load after them.
 */
class TextFromStatementTest {

    @MatrixTest
    void theRowsOfTextualSqlAreTheObjectsMatchedByColumnName(TestDatabase db) {
        Engine engine = ClinicGraphTest.clinic(db);
        SqlRecorder sql = SqlRecorder.on(engine);
        List<Pet> pets;
        try (Session session = new Session(engine)) {
            sql.clear();
            // columns in another order than the mapping's, a bound parameter
            pets = session.execute(fromStatement(select(Pet.class),
                    text("SELECT type_id, owner_id, name, id FROM pet WHERE name <> :skip ORDER BY id DESC")),
                    Map.of("skip", "nobody")).scalars(Pet.class).all();
            assertThat(sql.takeStatements()).hasSize(2);          // the pets, then their JOINED types with one IN
        }
        assertThat(pets).extracting(Pet::getName).containsExactly("Max", "Leo");
        assertThat(pets).extracting(pet -> pet.getType().getName()).containsExactly("dog", "cat");
    }

    @MatrixTest
    void theMappingsSelectinRelationshipsLoadAfterTheRows(TestDatabase db) {
        Engine engine = ClinicGraphTest.clinic(db);
        SqlRecorder sql = SqlRecorder.on(engine);
        List<Owner> owners;
        try (Session session = new Session(engine)) {
            sql.clear();
            owners = session.scalars(fromStatement(select(Owner.class), text("SELECT * FROM owner"))).all();
            // the owner, its SELECTIN pets (their JOINED types joined into that SELECT)
            assertThat(sql.takeStatements()).hasSize(2);
        }
        assertThat(owners).singleElement().satisfies(owner -> assertThat(owner.getPets())
                .extracting(pet -> pet.getType().getName()).containsExactlyInAnyOrder("cat", "dog"));
    }

    @MatrixTest
    void withoutThePrimaryKeyColumnTheRowsCannotBeObjects(TestDatabase db) {
        Engine engine = ClinicGraphTest.clinic(db);
        try (Session session = new Session(engine)) {
            assertThatThrownBy(() -> session.scalars(fromStatement(select(Pet.class), text("SELECT name FROM pet"))).all())
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageStartingWith("The textual SQL returns no column 'id' (the primary key of Pet) among");
        }
    }
}
