package io.alchemy.schema;

import static io.alchemy.Alchemy.checkConstraint;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.foreignKeyConstraint;
import static io.alchemy.Alchemy.index;
import static io.alchemy.Alchemy.inspect;
import static io.alchemy.Alchemy.primaryKeyConstraint;
import static io.alchemy.Alchemy.sequence;
import static io.alchemy.Alchemy.tableComment;
import static io.alchemy.Alchemy.text;
import static io.alchemy.Alchemy.uniqueConstraint;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.DBAPIError;
import io.alchemy.exc.IntegrityError;
import io.alchemy.exc.NoSuchTableError;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** createAll / dropAll and what they build, on every database. */
class SchemaDdlMatrixTest {

    @MatrixTest
    void reservedAndOddNamesWorkEverywhere(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        Table order = metadata.table("order", column("select", INTEGER).primaryKey(), column("group", string(10)),
                column("Mixed Case", STRING));
        metadata.createAll(engine);
        var preparer = engine.dialect().identifierPreparer();
        String insert = "INSERT INTO " + preparer.formatTable(order) + " (" + preparer.quote("select") + ", "
                + preparer.quote("group") + ", " + preparer.quote("Mixed Case") + ") VALUES (1, :g, :m)";
        engine.begin(conn -> conn.execute(text(insert), Map.of("g", "a", "m", "b")));
        Object group = engine.transaction(conn -> conn.execute(text("SELECT " + preparer.quote("group") + " FROM "
                + preparer.formatTable(order))).scalarOne());
        assertThat(group).isEqualTo("a");

        Table reflected = new MetaData().reflectTable("order", engine);
        assertThat(reflected.columnKeys()).containsExactly("select", "group", "Mixed Case");
        assertThat(reflected.primaryKey().columnNames()).containsExactly("select");
        assertThat(inspect(engine).tableNames()).containsExactly("order");
        metadata.dropAll(engine);
        assertThat(inspect(engine).hasTable("order")).isFalse();
    }

    @MatrixTest
    void foreignKeyCyclesAreCreatedAndDropped(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("department", column("id", INTEGER).primaryKey(), column("manager_id").references("employee.id"));
        metadata.table("employee", column("id", INTEGER).primaryKey(), column("department_id").references("department.id"),
                column("mentor_id").references("employee.id"));
        metadata.createAll(engine);
        assertThat(inspect(engine).foreignKeys("department")).extracting(ReflectedForeignKey::referredTable).containsExactly("employee");
        assertThat(inspect(engine).foreignKeys("employee")).extracting(ReflectedForeignKey::referredTable)
                .containsExactlyInAnyOrder("department", "employee");
        engine.begin(conn -> {
            conn.execute(text("INSERT INTO department (id) VALUES (1)"));
            conn.execute(text("INSERT INTO employee (id, department_id) VALUES (1, 1)"));
            conn.execute(text("UPDATE department SET manager_id = 1 WHERE id = 1"));
        });
        metadata.createAll(engine);
        metadata.dropAll(engine);
        assertThat(inspect(engine).tableNames()).isEmpty();
        metadata.dropAll(engine);
    }

    @MatrixTest
    void compositeKeysConstraintsAndIndexesAreCreatedAndReflected(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("orders", column("region", string(2)), column("number", INTEGER), column("code", string(8)).nullable(false),
                primaryKeyConstraint("region", "number"), uniqueConstraint("code").name("uq_orders_code"),
                checkConstraint("number > 0").name("ck_orders_number"));
        metadata.table("order_line", column("region", string(2)), column("number", INTEGER), column("line", INTEGER),
                column("note", string(40)).serverDefault("'none'"),
                primaryKeyConstraint("region", "number", "line"),
                foreignKeyConstraint(List.of("region", "number"), List.of("orders.region", "orders.number"))
                        .name("fk_line_order").ondelete("CASCADE"),
                index("ix_line_note", "note", "line"));
        metadata.createAll(engine);

        Inspector inspector = inspect(engine);
        assertThat(inspector.primaryKey("order_line").columns()).containsExactly("region", "number", "line");
        ReflectedForeignKey fk = inspector.foreignKeys("order_line").get(0);
        assertThat(fk.columns()).containsExactly("region", "number");
        assertThat(fk.referredTable()).isEqualTo("orders");
        assertThat(fk.referredColumns()).containsExactly("region", "number");
        assertThat(fk.ondelete()).isEqualTo("CASCADE");
        assertThat(inspector.uniqueConstraints("orders")).extracting(ReflectedUniqueConstraint::columns).containsExactly(List.of("code"));
        assertThat(inspector.indexes("order_line")).containsExactly(new ReflectedIndex("ix_line_note", List.of("note", "line"), false));
        assertThat(inspector.indexes("orders")).isEmpty();
        List<ReflectedColumn> columns = inspector.columns("order_line");
        assertThat(columns).extracting(ReflectedColumn::name).containsExactly("region", "number", "line", "note");
        assertThat(columns.get(0).nullable()).isFalse();
        assertThat(columns.get(3).defaultSql()).contains("none");
        assertThat(columns.get(0).type()).isEqualTo(string(2));

        engine.begin(conn -> conn.execute(text("INSERT INTO orders (region, number, code) VALUES ('eu', 1, 'A1')")));
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(text("INSERT INTO orders (region, number, code) VALUES ('eu', 2, 'A1')"))))
                .isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> engine.begin(conn -> conn.execute(text("INSERT INTO orders (region, number, code) VALUES ('eu', -1, 'B')"))))
                .isInstanceOf(DBAPIError.class);
        metadata.dropAll(engine);
    }

    @MatrixTest
    void autoincrementKeysAreGenerated(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("item", column("id", INTEGER).primaryKey(), column("name", STRING));
        metadata.table("big_item", column("id", io.alchemy.types.Types.BIGINT).primaryKey(), column("name", STRING));
        metadata.createAll(engine);
        engine.begin(conn -> {
            conn.execute(text("INSERT INTO item (name) VALUES ('a')"));
            conn.execute(text("INSERT INTO item (name) VALUES ('b')"));
        });
        List<Object> ids = engine.transaction(conn -> conn.execute(text("SELECT id FROM item ORDER BY id")).scalars().all());
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(inspect(engine).columns("item").get(0).autoincrement()).isTrue();
    }

    @MatrixTest
    void sequencesAreCreatedWhereSupported(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("ticket", column("id", INTEGER).primaryKey().sequence(sequence("ticket_seq").start(100)), column("note", STRING));
        metadata.createAll(engine);
        metadata.createAll(engine);
        boolean sequences = engine.dialect().supportsSequences();
        assertThat(inspect(engine).hasSequence(null, "ticket_seq")).isEqualTo(sequences);
        engine.begin(conn -> conn.execute(text("INSERT INTO ticket (note) VALUES ('x')")));
        Object id = engine.transaction(conn -> conn.execute(text("SELECT id FROM ticket")).scalarOne());
        assertThat(((Number) id).intValue()).isEqualTo(sequences ? 100 : 1);
        metadata.dropAll(engine);
        assertThat(inspect(engine).hasSequence(null, "ticket_seq")).isFalse();
    }

    @MatrixTest
    void commentsAreWrittenWhereSupported(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("noted", column("id", INTEGER).primaryKey().comment("the key's comment"), tableComment("a table's comment"));
        metadata.createAll(engine);
        Inspector inspector = inspect(engine);
        if (!engine.dialect().supportsComments()) {
            assertThat(inspector.tableComment("noted")).isNull();
        } else {
            assertThat(inspector.tableComment("noted")).isEqualTo("a table's comment");
            assertThat(inspector.columns("noted").get(0).comment()).isEqualTo("the key's comment");
            assertThat(new MetaData().reflectTable("noted", engine).comment()).isEqualTo("a table's comment");
        }
    }

    @MatrixTest
    void foreignKeysToUnknownTablesStopCreateAllBeforeAnyDdl(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("first", column("id", INTEGER).primaryKey());
        metadata.table("second", column("id", INTEGER).primaryKey(), column("ghost_id").references("ghost.id"));
        assertThatThrownBy(() -> metadata.createAll(engine)).isInstanceOf(NoSuchTableError.class)
                .hasMessageContaining("second.ghost_id").hasMessageContaining("'ghost'");
        assertThat(inspect(engine).tableNames()).isEmpty();
    }

    @MatrixTest
    void singleTablesCreateAndDrop(TestDatabase db) {
        Engine engine = db.engine();
        Table t = new MetaData().table("solo", column("id", INTEGER).primaryKey(), column("v", STRING).index());
        t.create(engine);
        assertThat(t.exists(engine)).isTrue();
        assertThat(inspect(engine).indexes("solo")).extracting(ReflectedIndex::name).containsExactly("ix_solo_v");
        assertThatThrownBy(() -> t.create(engine)).isInstanceOf(DBAPIError.class);
        t.drop(engine);
        assertThat(t.exists(engine)).isFalse();
    }
}
