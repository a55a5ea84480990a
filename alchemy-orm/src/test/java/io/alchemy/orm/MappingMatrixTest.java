package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.orm.model.Gadget;
import io.alchemy.schema.Inspector;
import io.alchemy.schema.ReflectedColumn;
import io.alchemy.schema.ReflectedForeignKey;
import io.alchemy.schema.ReflectedIndex;
import io.alchemy.schema.ReflectedUniqueConstraint;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code registry.metadata().createAll(engine)} for mapped classes, checked by reflecting the database. */
class MappingMatrixTest {

    @MatrixTest
    void createsTheTutorialTablesFromMappedClasses(TestDatabase db) {
        Engine engine = db.engine();
        DeclarativeMappingTest.tutorial().metadata().createAll(engine);
        Inspector inspector = new Inspector(engine);

        assertThat(inspector.tableNames()).contains("user_account", "address");
        assertThat(nullability(inspector.columns("user_account")))
                .containsExactly(Map.entry("id", false), Map.entry("name", false), Map.entry("fullname", true));
        assertThat(nullability(inspector.columns("address")))
                .containsExactly(Map.entry("id", false), Map.entry("email_address", false), Map.entry("user_id", true));
        assertThat(inspector.primaryKey("address").columns()).containsExactly("id");
        List<ReflectedForeignKey> keys = inspector.foreignKeys("address");
        assertThat(keys).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("user_id");
            assertThat(fk.referredTable()).isEqualTo("user_account");
            assertThat(fk.referredColumns()).containsExactly("id");
        });
    }

    @MatrixTest
    void createsATableOfEveryMappedJavaType(TestDatabase db) {
        Engine engine = db.engine();
        Registry.of(Gadget.class).metadata().createAll(engine);
        Inspector inspector = new Inspector(engine);

        Map<String, Boolean> columns = nullability(inspector.columns("gadget"));
        assertThat(columns.keySet()).containsExactly("id", "count", "total", "small", "active", "flag", "price", "ratio",
                "weight", "day", "at_time", "created_at", "stamped_at", "seen_at", "token", "color", "data", "notes",
                "label_text", "rank", "remark", "version");
        assertThat(columns).containsEntry("count", false).containsEntry("flag", true).containsEntry("seen_at", true)
                .containsEntry("data", true).containsEntry("remark", true).containsEntry("version", false)
                .containsEntry("token", false);
        List<List<String>> unique = Stream.concat(
                inspector.uniqueConstraints("gadget").stream().map(ReflectedUniqueConstraint::columns),
                inspector.indexes("gadget").stream().filter(ReflectedIndex::unique).map(ReflectedIndex::columns)).toList();
        assertThat(unique).contains(List.of("label_text"));
        assertThat(inspector.indexes("gadget")).anySatisfy(index -> {
            assertThat(index.name()).isEqualTo("ix_gadget_rank");
            assertThat(index.columns()).containsExactly("rank");
        });
        assertThat(inspector.columns("gadget")).filteredOn(c -> c.name().equals("rank")).singleElement()
                .satisfies(rank -> assertThat(rank.defaultSql()).contains("0"));
    }

    @MatrixTest
    void mapsAClassImperativelyOntoACoreTable(TestDatabase db) {
        ImperativeMappingTest.withAccountMapping(registry -> {
            registry.metadata().createAll(db.engine());
            assertThat(new Inspector(db.engine()).columns("account")).extracting(ReflectedColumn::name)
                    .containsExactly("id", "owner_name", "balance", "extra");
        });
    }

    private static Map<String, Boolean> nullability(List<ReflectedColumn> columns) {
        return columns.stream().collect(Collectors.toMap(ReflectedColumn::name, ReflectedColumn::nullable,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
