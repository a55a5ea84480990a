package io.alchemy.sql;

import static io.alchemy.Alchemy.cast;
import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.insert;
import static io.alchemy.Alchemy.select;
import static io.alchemy.Alchemy.typeCoerce;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Connection;
import io.alchemy.engine.Engine;
import io.alchemy.exc.CompileError;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import java.util.Map;

/** JSON elements (E5.43, E5.44) executed: the element read back as JSON on SQLite, PostgreSQL and MariaDB; H2 refuses. */
class JsonElementMatrixTest {

    @MatrixTest
    void e5_43_and_e5_44_elementsOfADocumentGivenAsAParameter(TestDatabase db) {
        Engine engine = db.engine();
        Select byKey = select(cast(Map.of("a", "b"), JSON).get("a"));
        Select nested = select(typeCoerce(Map.of("some_key", Map.of("foo", "bar")), JSON).get("some_key"));
        if (!engine.dialect().supportsJsonElementAccess()) {
            assertThatThrownBy(() -> scalar(engine, byKey)).isInstanceOf(CompileError.class)
                    .hasMessageContaining("JSON element access");
            return;
        }
        assertThat(scalar(engine, byKey)).isEqualTo("b");
        assertThat(scalar(engine, nested)).isEqualTo(Map.of("foo", "bar"));
        // as in SQLAlchemy, a String cast to JSON is a JSON string (not parsed as a document): it has no keys
        assertThat(scalar(engine, select(cast("{\"a\": \"b\"}", JSON).get("a")))).isNull();
    }

    @MatrixTest
    void elementsOfAJsonColumnByKeyAndPositionWithOddKeys(TestDatabase db) {
        Engine engine = db.engine();
        Table docs = new MetaData().table("docs", column("id", INTEGER).primaryKey(), column("data", JSON));
        docs.metadata().createAll(engine);
        Map<String, Object> document = Map.of("tags", List.of("x", "y"), "say \"hi\"", 1, "name", "it's");
        engine.begin(conn -> conn.execute(insert(docs), Map.of("id", 1, "data", document)));
        Select stmt = select(docs.c("data").get("tags").get(1), docs.c("data").get("say \"hi\""),
                docs.c("data").get("name"), docs.c("data").get("missing"));
        if (!engine.dialect().supportsJsonElementAccess()) {
            assertThatThrownBy(() -> scalar(engine, stmt)).isInstanceOf(CompileError.class);
            return;
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(stmt).one().values()).containsExactly("y", 1, "it's", null);
            assertThat(conn.execute(select(docs.c("id")).where(func.call("coalesce", JSON,
                    docs.c("data").get("name"), docs.c("data").get("missing")).isNotNull())).scalars().all())
                    .containsExactly(1);
        }
    }

    private static Object scalar(Engine engine, Executable statement) {
        try (Connection conn = engine.connect()) {
            return conn.execute(statement).scalar();
        }
    }
}
