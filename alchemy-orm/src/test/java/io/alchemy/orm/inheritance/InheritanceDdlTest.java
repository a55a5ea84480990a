package io.alchemy.orm.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.schema.Inspector;
import io.alchemy.schema.ReflectedColumn;
import io.alchemy.schema.ReflectedForeignKey;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tables {@code createAll} makes for mapped superclasses and both inheritance kinds, reflected back. */
class InheritanceDdlTest {

    @MatrixTest
    void createsOneTableForASingleTableHierarchyAndOneTablePerClassForAJoinedOne(TestDatabase db) {
        Engine engine = InheritanceModel.database(db);
        Inspector inspector = new Inspector(engine);

        assertThat(nullability(inspector.columns("inh_types"))).containsExactly(Map.entry("id", false),
                Map.entry("name", false));
        assertThat(nullability(inspector.columns("inh_owners"))).containsExactly(Map.entry("id", false),
                Map.entry("first_name", false), Map.entry("last_name", false), Map.entry("city", false));
        assertThat(nullability(inspector.columns("inh_pets"))).containsExactly(Map.entry("id", false),
                Map.entry("name", false), Map.entry("kind", true), Map.entry("owner_id", true),
                Map.entry("type_id", true), Map.entry("breed", true), Map.entry("indoor", true),
                Map.entry("age_weeks", true));
        assertThat(inspector.tableNames()).doesNotContain("dog", "cat", "puppy", "pet");
        assertThat(nullability(inspector.columns("inh_staff"))).containsExactly(Map.entry("id", false),
                Map.entry("first_name", false), Map.entry("last_name", false), Map.entry("type", true));
        assertThat(nullability(inspector.columns("inh_vets"))).containsExactly(Map.entry("id", false),
                Map.entry("specialty", false));
        assertThat(nullability(inspector.columns("inh_head_nurses"))).containsExactly(Map.entry("id", false),
                Map.entry("ward", false));
        assertThat(inspector.primaryKey("inh_vets").columns()).containsExactly("id");
        assertThat(keys(inspector.foreignKeys("inh_vets"))).containsExactly("id -> inh_staff.id");
        assertThat(keys(inspector.foreignKeys("inh_nurses"))).containsExactly("id -> inh_staff.id");
        assertThat(keys(inspector.foreignKeys("inh_head_nurses"))).containsExactly("id -> inh_nurses.id");
    }

    private static List<String> keys(List<ReflectedForeignKey> keys) {
        return keys.stream().map(fk -> String.join(",", fk.columns()) + " -> " + fk.referredTable() + "."
                + String.join(",", fk.referredColumns())).toList();
    }

    private static Map<String, Boolean> nullability(List<ReflectedColumn> columns) {
        return columns.stream().collect(Collectors.toMap(ReflectedColumn::name, ReflectedColumn::nullable,
                (a, b) -> a, LinkedHashMap::new));
    }
}
