package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.index;

import io.alchemy.dialect.postgresql.PostgreSQLDml;
import io.alchemy.dialect.postgresql.PostgreSQLInsert;
import io.alchemy.schema.Index;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.ConflictTarget;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/postgresql/test_compiler.py} ({@code InsertOnConflictTest
 * .test_on_conflict_literal_binds}): {@code ON CONFLICT} compiled with literal binds, its WHERE and its index
 * predicate (a partial index's {@code Index.where}, SQLAlchemy's {@code goofy_index}) inline. Expected strings
 * verbatim.
 */
@PortedFrom("test/dialect/postgresql/test_compiler.py")
class TestPgCompilerOnConflictLiteralConformanceTest {
    private static final SqlAlchemyParamstyle PG = SqlAlchemyParamstyle.PYFORMAT;
    private final Table mytable = new MetaData().table("mytable", column("myid", Types.INTEGER).primaryKey(),
            column("name", Types.string(128)), column("description", Types.string(128)));
    private final Index goofyIndex = index("goofy_index", "name").where(mytable.c("name").gt("m"));

    private PostgreSQLInsert fooRow() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("myid", 1);
        values.put("name", "foo");
        return PostgreSQLDml.insert(mytable).values(values);
    }

    private static void literal(PostgreSQLInsert stmt, String expected) {
        PG.assertCompile(stmt, "INSERT INTO mytable (myid, name) VALUES (1, 'foo') " + expected,
                TestDialects.POSTGRESQL, CompileOptions.literalBinds());
    }

    /** InsertOnConflictTest.test_on_conflict_literal_binds: the whereclause path. */
    @Test
    void test_on_conflict_literal_binds() {
        literal(fooRow().onConflictDoUpdate(ConflictTarget.indexElements("myid"), Map.of("name", "I'm a name"),
                        mytable.c("name").eq("foo")),
                "ON CONFLICT (myid) DO UPDATE SET name = 'I''m a name' WHERE mytable.name = 'foo'");
    }

    /** InsertOnConflictTest.test_on_conflict_literal_binds: the index-where path (the partial index's predicate). */
    @Test
    @SuppressWarnings("unchecked")
    void test_on_conflict_literal_binds_indexwhere() {
        literal(fooRow().onConflictDoUpdate(ConflictTarget.indexElements("myid")
                        .where((ColumnElement<Boolean>) goofyIndex.predicate()), Map.of("name", "I'm a name")),
                "ON CONFLICT (myid) WHERE name > 'm' DO UPDATE SET name = 'I''m a name'");
    }
}
