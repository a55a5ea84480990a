package io.alchemy.schema;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;
import static io.alchemy.Alchemy.inspect;
import static io.alchemy.Alchemy.text;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;

/** Tables in a non-default schema (a MySQL database, an attached SQLite database), referencing the default one. */
class SchemaQualifiedMatrixTest {

    private static String otherSchema(TestDatabase db) throws Exception {
        return switch (db.name()) {
            case "postgresql" -> {
                db.run("CREATE SCHEMA alchemy_other");
                yield "alchemy_other";
            }
            case "mariadb" -> {
                String name = System.getProperty("alchemy.test.db-name", "test") + "_other";
                db.run("CREATE DATABASE " + name);
                yield name;
            }
            case "h2" -> {
                db.run("CREATE SCHEMA alchemy_other");
                yield "alchemy_other";
            }
            default -> null;
        };
    }

    @MatrixTest
    void tablesInAnotherSchemaAreCreatedReflectedAndDropped(TestDatabase db) throws Exception {
        String schema = otherSchema(db);
        if (schema == null) {
            assertThat(db.name()).isEqualTo("sqlite");
            return;
        }
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        Table owner = metadata.table(schema, "owner", column("id", INTEGER).primaryKey(), column("name", STRING),
                index("ix_owner_name", "name"));
        metadata.table("pet", column("id", INTEGER).primaryKey(), column("owner_id").references(schema + ".owner.id"));
        assertThat(owner.fullName()).isEqualTo(schema + ".owner");
        metadata.createAll(engine);
        metadata.createAll(engine);

        assertThat(inspect(engine).tableNames(schema)).containsExactly("owner");
        assertThat(inspect(engine).tableNames()).containsExactly("pet");
        ReflectedForeignKey fk = inspect(engine).foreignKeys("pet").get(0);
        assertThat(fk.referredTable()).isEqualTo("owner");
        assertThat(fk.referredSchema()).isEqualTo(schema);
        assertThat(inspect(engine).indexes(schema, "owner")).extracting(ReflectedIndex::name).containsExactly("ix_owner_name");
        engine.begin(conn -> {
            conn.execute(text("INSERT INTO " + schema + ".owner (id, name) VALUES (1, 'sandy')"));
            conn.execute(text("INSERT INTO pet (owner_id) VALUES (1)"));
        });

        MetaData reflected = new MetaData();
        Table pet = reflected.reflectTable("pet", engine);
        assertThat(reflected.tables().keySet()).containsExactly("pet", schema + ".owner");
        assertThat(pet.foreignKeys().get(0).column().table().fullName()).isEqualTo(schema + ".owner");
        assertThat(reflected.tables().get(schema + ".owner").columnKeys()).containsExactly("id", "name");

        metadata.dropAll(engine);
        assertThat(inspect(engine).tableNames(schema)).isEmpty();
        assertThat(inspect(engine).tableNames()).isEmpty();
    }

    @MatrixTest
    void defaultSchemaNames(TestDatabase db) {
        String expected = switch (db.name()) {
            case "sqlite" -> "main";
            case "mariadb" -> System.getProperty("alchemy.test.db-name", "test");
            default -> "public";
        };
        assertThat(inspect(db.engine()).defaultSchemaName()).isEqualTo(expected);
        assertThat(List.of(expected)).isNotEmpty();
    }
}
