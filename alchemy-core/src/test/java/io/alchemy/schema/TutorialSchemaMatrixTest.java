package io.alchemy.schema;

import static io.alchemy.Alchemy.inspect;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.NoSuchTableError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;

/** TOUR §3 on every database: createAll (E3.1), idempotence, dropAll, and reflection of some_table (E3.3). */
class TutorialSchemaMatrixTest {

    @MatrixTest
    void createAllMakesTheTutorialTablesOnce(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = TutorialMetadataTest.tutorialMetadata();
        metadata.createAll(engine);
        metadata.createAll(engine);

        assertThat(inspect(engine).tableNames()).containsExactly("address", "user_account");
        engine.begin(conn -> {
            conn.execute(text("INSERT INTO user_account (name, fullname) VALUES (:name, :fullname)"),
                    Map.of("name", "spongebob", "fullname", "Spongebob Squarepants"));
            conn.execute(text("INSERT INTO address (user_id, email_address) VALUES (:user_id, :email)"),
                    Map.of("user_id", 1, "email", "spongebob@sqlalchemy.org"));
        });
        Object email = engine.transaction(conn -> conn.execute(text(
                "SELECT email_address FROM address WHERE user_id = 1")).scalarOne());
        assertThat(email).isEqualTo("spongebob@sqlalchemy.org");

        metadata.dropAll(engine);
        metadata.dropAll(engine);
        assertThat(inspect(engine).tableNames()).isEmpty();
    }

    @MatrixTest
    void reflectsSomeTable(TestDatabase db) throws Exception {
        db.run("CREATE TABLE some_table (x int, y int)", "INSERT INTO some_table (x, y) VALUES (1, 1)");
        Engine engine = db.engine();
        MetaData metadata = new MetaData();

        Table someTable = metadata.reflectTable("some_table", engine);

        assertThat(someTable.columnKeys()).containsExactly("x", "y");
        assertThat(someTable.c("x").type()).isEqualTo(Types.INTEGER);
        assertThat(someTable.c("y").type()).isEqualTo(Types.INTEGER);
        assertThat(someTable.primaryKey().isEmpty()).isTrue();
        assertThat(someTable.repr()).isEqualTo("Table('some_table', MetaData(), Column('x', INTEGER, table=<some_table>), "
                + "Column('y', INTEGER, table=<some_table>), schema=None)");
        List<Object> xs = engine.transaction(conn -> conn.execute(text("SELECT * FROM some_table")).scalars().all());
        assertThat(xs).containsExactly(1);
    }

    @MatrixTest
    void reflectingAMissingTableRaisesNoSuchTable(TestDatabase db) {
        Engine engine = db.engine();
        assertThatThrownBy(() -> new MetaData().reflectTable("nope", engine))
                .isInstanceOf(NoSuchTableError.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> inspect(engine).columns("nope")).isInstanceOf(NoSuchTableError.class);
    }
}
