package io.alchemy.schema;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;
import static io.alchemy.Alchemy.inspect;
import static io.alchemy.Alchemy.text;
import static io.alchemy.Alchemy.uniqueConstraint;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.List;
import java.util.Map;

/**
 * Reflection maps each database's types back to Alchemy types, and a schema reflected from one database can be
 * created on another (PostgreSQL → SQLite, MariaDB → H2, …): the target is a second, embedded database.
 */
class ReflectionRoundTripMatrixTest {

    private static MetaData shop() {
        MetaData metadata = new MetaData();
        metadata.table("customer",
                column("id", Types.INTEGER).primaryKey(),
                column("name", Types.string(30)).nullable(false),
                column("bio", Types.TEXT),
                column("active", Types.BOOLEAN),
                column("balance", Types.numeric(10, 2)),
                column("born", Types.DATE),
                column("seen", Types.DATETIME),
                column("photo", Types.LARGE_BINARY),
                column("visits", Types.BIGINT),
                uniqueConstraint("name"));
        metadata.table("purchase",
                column("id", Types.INTEGER).primaryKey(),
                column("customer_id").references("customer.id", "CASCADE", null).nullable(false),
                column("total", Types.numeric(12, 2)),
                index("ix_purchase_total", "total"));
        return metadata;
    }

    @MatrixTest
    void reflectedTypesMapBackToAlchemyTypes(TestDatabase db) {
        Engine engine = db.engine();
        shop().createAll(engine);
        MetaData reflected = new MetaData();
        reflected.reflect(engine);

        assertThat(reflected.tables().keySet()).containsExactlyInAnyOrder("customer", "purchase");
        Table customer = reflected.tables().get("customer");
        assertThat(customer.tableColumns()).extracting(c -> (Object) c.type()).containsExactly(Types.INTEGER, Types.string(30),
                Types.TEXT, Types.BOOLEAN, Types.numeric(10, 2), Types.DATE, Types.DATETIME, Types.LARGE_BINARY, Types.BIGINT);
        assertThat(customer.c("name").isNullable()).isFalse();
        assertThat(customer.c("id").isAutoincrement()).isTrue();
        Table purchase = reflected.tables().get("purchase");
        assertThat(purchase.foreignKeys()).hasSize(1);
        assertThat(purchase.foreignKeys().get(0).column()).isSameAs(customer.c("id"));
        assertThat(purchase.foreignKeyConstraints().get(0).ondelete()).isEqualTo("CASCADE");
        assertThat(purchase.indexes()).extracting(Index::name).containsExactly("ix_purchase_total");
        assertThat(customer.constraints()).filteredOn(UniqueConstraint.class::isInstance).hasSize(1);
    }

    @MatrixTest
    void aReflectedSchemaIsCreatedOnAnotherDatabase(TestDatabase db) {
        Engine source = db.engine();
        shop().createAll(source);
        TestDatabase other = db.onClose(TestDatabase.fresh(db.name().equals("sqlite") ? "h2" : "sqlite"));
        Engine target = other.engine();

        MetaData reflected = new MetaData();
        reflected.reflectTable("purchase", source);
        assertThat(reflected.tables().keySet()).containsExactly("purchase", "customer");
        reflected.createAll(target);

        Inspector inspector = inspect(target);
        assertThat(inspector.tableNames()).containsExactly("customer", "purchase");
        assertThat(inspector.columns("customer")).extracting(ReflectedColumn::name)
                .containsExactly("id", "name", "bio", "active", "balance", "born", "seen", "photo", "visits");
        assertThat(inspector.foreignKeys("purchase")).extracting(ReflectedForeignKey::referredTable).containsExactly("customer");
        assertThat(inspector.indexes("purchase")).extracting(ReflectedIndex::columns).containsExactly(List.of("total"));
        target.begin(conn -> {
            conn.execute(text("INSERT INTO customer (name) VALUES (:name)"), Map.of("name", "sandy"));
            conn.execute(text("INSERT INTO purchase (customer_id, total) VALUES (1, 9.99)"));
        });
        Object name = target.transaction(conn -> conn.execute(text(
                "SELECT c.name FROM customer c JOIN purchase p ON p.customer_id = c.id")).scalarOne());
        assertThat(name).isEqualTo("sandy");
    }
}
