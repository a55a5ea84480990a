package io.alchemy.schema;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.foreignKeyConstraint;
import static io.alchemy.Alchemy.index;
import static io.alchemy.Alchemy.primaryKeyConstraint;
import static io.alchemy.Alchemy.uniqueConstraint;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.NoSuchColumnError;
import io.alchemy.exc.NoSuchTableError;
import io.alchemy.types.Types;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The schema model: options, derived facts, dependency order and bad input. */
class SchemaModelTest {

    @Test
    void columnOptionsReturnNewColumns() {
        Column<String> name = column("name", STRING);
        Column<String> required = name.nullable(false).comment("the name").serverDefault("'x'");
        assertThat(name.isNullable()).isTrue();
        assertThat(name.comment()).isNull();
        assertThat(required.isNullable()).isFalse();
        assertThat(required.comment()).isEqualTo("the name");
        assertThat(required.serverDefault()).isEqualTo("'x'");
        Column<UUID> id = column("id", Types.UUID).defaultValue(UUID::randomUUID);
        assertThat(id.defaultValue().isComputed()).isTrue();
        assertThat(id.defaultValue().produce()).isInstanceOf(UUID.class).isNotEqualTo(id.defaultValue().produce());
        assertThat(column("n", INTEGER).defaultValue(5).defaultValue().produce()).isEqualTo(5);
        assertThat(column("n", INTEGER).onupdate(() -> 6).onupdate().produce()).isEqualTo(6);
    }

    @Test
    void theKeptColumnReferenceIsTheTablesColumn() {
        Column<String> name = column("name", STRING);
        Table t = new MetaData().table("t", column("id", INTEGER).primaryKey(), name);
        assertThat(t.c("name")).isSameAs(name);
        assertThat(name.owner()).isSameAs(t);
        assertThat(t.c("name", String.class)).isSameAs(name);
        assertThatThrownBy(() -> t.c("name", Integer.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("t.name").hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> new MetaData().table("u", name)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("already belongs to table 't'");
    }

    @Test
    void autoincrementFollowsSqlalchemysRule() {
        MetaData metadata = new MetaData();
        Table parent = metadata.table("parent", column("id", INTEGER).primaryKey());
        Table child = metadata.table("child", column("id", INTEGER).primaryKey().references("parent.id"));
        Table manual = metadata.table("manual", column("id", INTEGER).primaryKey().autoincrement(false));
        Table text = metadata.table("text_key", column("code", STRING).primaryKey());
        Table composite = metadata.table("composite", column("a", INTEGER).primaryKey(),
                column("b", INTEGER).primaryKey().autoincrement(true));
        assertThat(parent.c("id").isAutoincrement()).isTrue();
        assertThat(child.autoincrementColumn()).isNull();
        assertThat(manual.autoincrementColumn()).isNull();
        assertThat(text.autoincrementColumn()).isNull();
        assertThat(composite.autoincrementColumn()).isSameAs(composite.c("b"));
        assertThat(composite.primaryKey().columns()).extracting(Column::name).containsExactly("a", "b");
    }

    @Test
    void constraintsAndIndexesAreCollected() {
        MetaData metadata = new MetaData();
        metadata.table("parent", column("id", INTEGER).primaryKey());
        Table t = metadata.table("t", column("id", INTEGER).primaryKey(), column("parent_id").references("parent.id", "CASCADE", null),
                column("code", STRING).unique(), column("email", STRING).index(), uniqueConstraint("id", "email").name("uq_t"),
                index("ix_t_code_email", "code", "email").unique());
        assertThat(t.constraints()).extracting(Object::toString).containsExactly("PrimaryKeyConstraint(id)",
                "ForeignKeyConstraint(parent_id -> parent.id)", "UniqueConstraint(code)", "UniqueConstraint(name='uq_t', id, email)");
        assertThat(t.indexes()).extracting(Object::toString).containsExactly("Index('ix_t_email', email)",
                "Index('ix_t_code_email', code, email, unique=True)");
        assertThat(t.foreignKeyConstraints().get(0).ondelete()).isEqualTo("CASCADE");
        assertThat(t.c("parent_id").foreignKeys()).hasSize(1);
        assertThat(t.foreignKeys().get(0).column()).isSameAs(metadata.tables().get("parent").c("id"));
    }

    @Test
    void sortedTablesPutsReferencedTablesFirstAndKeepsDeclarationOrderOtherwise() {
        MetaData metadata = new MetaData();
        metadata.table("c", column("id", INTEGER).primaryKey(), column("b_id").references("b.id"));
        metadata.table("a", column("id", INTEGER).primaryKey());
        metadata.table("b", column("id", INTEGER).primaryKey(), column("a_id").references("a.id"));
        metadata.table("self", column("id", INTEGER).primaryKey(), column("parent_id").references("self.id"));
        assertThat(metadata.sortedTables()).extracting(Table::name).containsExactly("a", "b", "c", "self");
    }

    @Test
    void cyclesAreBrokenByTheirForeignKeys() {
        MetaData metadata = new MetaData();
        metadata.table("x", column("id", INTEGER).primaryKey(), column("y_id").references("y.id"));
        metadata.table("y", column("id", INTEGER).primaryKey(), column("x_id").references("x.id"));
        TableSorter.Sorted sorted = TableSorter.sort(List.copyOf(metadata.tables().values()));
        assertThat(sorted.tables()).extracting(Table::name).containsExactly("x", "y");
        assertThat(sorted.cycleConstraints()).hasSize(2);
    }

    @Test
    void badInputIsNamed() {
        MetaData metadata = new MetaData();
        assertThatThrownBy(() -> metadata.table("t", column("a", INTEGER), column("a", STRING)))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("two columns named 'a'");
        metadata.table("ok", column("id", INTEGER).primaryKey());
        assertThatThrownBy(() -> metadata.table("ok", column("id", INTEGER)))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("'ok' is already defined");
        assertThatThrownBy(() -> metadata.table("u", column("a", INTEGER), uniqueConstraint("a", "nope")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("'nope'").hasMessageContaining("table 'u'");
        assertThatThrownBy(() -> metadata.table("v", column("a", INTEGER), index("ix", "zzz")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("'zzz'");
        assertThatThrownBy(() -> metadata.table("w", column("a", INTEGER).primaryKey(), column("b", INTEGER),
                primaryKeyConstraint("b"))).isInstanceOf(ArgumentError.class).hasMessageContaining("'a'");
        assertThatThrownBy(() -> column("x").references("nodot")).isInstanceOf(ArgumentError.class).hasMessageContaining("nodot");
        assertThatThrownBy(() -> column("x").references("t.id", "EXPLODE", null)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("EXPLODE");
        assertThatThrownBy(() -> foreignKeyConstraint(List.of("a", "b"), List.of("t.a"))).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> ((Table) metadata.tables().get("ok")).c("missing")).isInstanceOf(NoSuchColumnError.class)
                .hasMessageContaining("missing");
    }

    @Test
    void foreignKeysToUnknownTablesOrColumnsFailWhenResolved() {
        MetaData metadata = new MetaData();
        Table a = metadata.table("a", column("id", INTEGER).primaryKey(), column("b_id").references("b.id"));
        assertThatThrownBy(() -> a.foreignKeys().get(0).column()).isInstanceOf(NoSuchTableError.class)
                .hasMessageContaining("a.b_id").hasMessageContaining("'b'");
        metadata.table("b", column("key", INTEGER).primaryKey());
        assertThatThrownBy(() -> a.foreignKeys().get(0).column()).isInstanceOf(NoSuchColumnError.class)
                .hasMessageContaining("has no column 'id'");
    }
}
