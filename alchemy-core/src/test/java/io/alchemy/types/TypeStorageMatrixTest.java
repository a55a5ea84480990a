package io.alchemy.types;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.dialect.Dialect;
import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.exc.DataError;
import io.alchemy.schema.MetaData;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/** What the values look like in the database where it lacks a native type, and how bad binds fail. */
class TypeStorageMatrixTest {

    @MatrixTest
    void storageMatchesSqlalchemyWhereTypesAreNotNative(TestDatabase db) throws Exception {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("stored", column("id", Types.INTEGER).primaryKey(), column("at", Types.DATETIME),
                column("flag", Types.BOOLEAN), column("uid", Types.UUID));
        metadata.createAll(engine);
        UUID uid = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        engine.begin(conn -> conn.execute(text("INSERT INTO stored (id, at, flag, uid) VALUES (1, :at, :flag, :uid)")
                .bindparam("at", Types.DATETIME).bindparam("flag", Types.BOOLEAN).bindparam("uid", Types.UUID),
                Map.of("at", LocalDateTime.of(2024, 1, 2, 3, 4, 5), "flag", true, "uid", uid)));

        try (Connection jdbc = db.openJdbc(); ResultSet rs = jdbc.createStatement().executeQuery("SELECT at, flag, uid FROM stored")) {
            rs.next();
            Dialect dialect = engine.dialect();
            if (!dialect.supportsNativeDateTime()) {
                assertThat(rs.getString(1)).isEqualTo("2024-01-02 03:04:05.000000");
            }
            if (dialect.supportsNativeBoolean()) {
                assertThat(rs.getBoolean(2)).isTrue();
            } else {
                assertThat(rs.getInt(2)).isEqualTo(1);
            }
            if (dialect.supportsNativeUuid()) {
                assertThat(rs.getObject(3, UUID.class)).isEqualTo(uid);
            } else {
                assertThat(rs.getString(3)).isEqualTo("0f8fad5bd9cb469fa16570867728950e");
            }
        }
    }

    @MatrixTest
    void bindingTheWrongJavaTypeNamesTheProblem(TestDatabase db) {
        TypeRoundTrip ints = TypeRoundTrip.of(db.engine(), "t_bad", Types.INTEGER);
        assertThatThrownBy(() -> ints.insert("abc")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("java.lang.String").hasMessageContaining("INTEGER");
        assertThatThrownBy(() -> ints.insert(1L << 40)).isInstanceOf(ArgumentError.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> ints.insert(1.5)).isInstanceOf(ArgumentError.class);
    }
    @MatrixTest
    void readingAValueWiderThanTheColumnTypeIsADataErrorNotAWrappedNumber(TestDatabase db) {
        Engine engine = db.engine();
        MetaData metadata = new MetaData();
        metadata.table("wide", column("id", Types.INTEGER).primaryKey(), column("n", Types.BIGINT));
        metadata.createAll(engine);
        engine.begin(conn -> conn.execute(text("INSERT INTO wide (id, n) VALUES (1, :n)").bindparam("n", Types.BIGINT),
                Map.of("n", 3_000_000_000L)));
        assertThatThrownBy(() -> engine.transaction(conn -> conn.execute(text("SELECT n FROM wide")
                .columns(column("n", Types.INTEGER))).scalarOne()))
                .isInstanceOf(DataError.class).hasMessageContaining("3000000000").hasMessageContaining("out of range");
        Object wide = engine.transaction(conn -> conn.execute(text("SELECT n FROM wide")
                .columns(column("n", Types.BIGINT))).scalarOne());
        assertThat(wide).isEqualTo(3_000_000_000L);
    }
}
