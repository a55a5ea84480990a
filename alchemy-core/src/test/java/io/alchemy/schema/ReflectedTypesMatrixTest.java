package io.alchemy.schema;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.inspect;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.SqlType;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;

/** What each database reports for each Alchemy type, mapped back (where a database lacks a type it says so). */
class ReflectedTypesMatrixTest {
    enum Size { S, XL }

    @MatrixTest
    void everyTypeReflectsToAnEquivalentType(TestDatabase db) {
        Engine engine = db.engine();
        List<SqlType<?>> declared = List.of(Types.SMALLINT, Types.STRING, Types.character(4), Types.FLOAT, Types.DOUBLE, Types.TIME,
                Types.datetime(true), Types.UUID, Types.JSON, Types.enumType(Size.class), Types.NUMERIC);
        List<io.alchemy.schema.TableElement> columns = new ArrayList<>();
        columns.add(column("id", Types.INTEGER).primaryKey());
        for (int i = 0; i < declared.size(); i++) {
            columns.add(column("c" + i, declared.get(i)));
        }
        MetaData metadata = new MetaData();
        metadata.table("all_types", columns.toArray(new io.alchemy.schema.TableElement[0]));
        metadata.createAll(engine);

        List<Object> reflected = inspect(engine).columns("all_types").stream().skip(1).map(c -> (Object) c.type()).toList();
        assertThat(reflected).containsExactlyElementsOf(expected(db.name()));
    }

    private static List<Object> expected(String database) {
        return switch (database) {
            case "sqlite" -> List.of(Types.SMALLINT, Types.STRING, Types.character(4), Types.FLOAT, Types.DOUBLE, Types.TIME,
                    Types.DATETIME, Types.character(32), Types.JSON, Types.string(2), Types.NUMERIC);
            case "postgresql" -> List.of(Types.SMALLINT, Types.STRING, Types.character(4), Types.DOUBLE, Types.DOUBLE, Types.TIME,
                    Types.datetime(true), Types.UUID, Types.JSON, Types.string(2), Types.NUMERIC);
            case "h2" -> List.of(Types.SMALLINT, Types.STRING, Types.character(4), Types.DOUBLE, Types.DOUBLE, Types.TIME,
                    Types.datetime(true), Types.UUID, Types.TEXT, Types.string(2), Types.NUMERIC);
            default -> List.of(Types.SMALLINT, Types.string(255), Types.character(4), Types.FLOAT, Types.DOUBLE, Types.TIME,
                    Types.DATETIME, Types.character(32), Types.JSON, Types.string(2), Types.numeric(10, 0));
        };
    }
}
