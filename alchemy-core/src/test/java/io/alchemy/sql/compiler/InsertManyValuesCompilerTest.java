package io.alchemy.sql.compiler;

import static io.alchemy.Alchemy.column;
import static io.alchemy.Alchemy.insert;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.dialect.Dialect;
import io.alchemy.dialect.h2.H2Dialect;
import io.alchemy.dialect.mysql.MariaDBDialect;
import io.alchemy.dialect.postgresql.PostgreSQLDialect;
import io.alchemy.dialect.postgresql.PostgreSQLDml;
import io.alchemy.dialect.sqlite.SQLiteDialect;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.BindSlot;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.Insert;
import io.alchemy.sql.InsertManyValues;
import io.alchemy.sql.InsertManyValues.Ordering;
import io.alchemy.sql.ResultColumn;
import io.alchemy.sql.Statement;
import io.alchemy.types.Types;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The insertmanyvalues plan per dialect: batch SQL, sentinel, and when batching is not possible. */
class InsertManyValuesCompilerTest {
    private final MetaData metadata = new MetaData();
    private final Table user = metadata.table("user_account", column("id", Types.INTEGER).primaryKey(),
            column("name", Types.string(30)), column("fullname", Types.STRING), column("age", Types.INTEGER));
    private final Table item = metadata.table("item", column("code", Types.string(10)).primaryKey(),
            column("qty", Types.INTEGER));
    private final Set<String> nameAndFullname = Set.of("name", "fullname");

    private static InsertManyValues plan(Dialect dialect, Statement statement, Set<String> keys) {
        return InsertManyValuesCompiler.compile(dialect, statement, CompileOptions.forParameters(keys));
    }

    @Test
    void postgresqlOrdersTheGeneratedKeysWithInsertFromSelect() {
        InsertManyValues plan = plan(new PostgreSQLDialect(), insert(user).returning(user.c("id")),
                Set.of("name", "age"));
        assertThat(plan.ordering()).isEqualTo(Ordering.GENERATED_KEY);
        assertThat(plan.sql(2)).isEqualTo("INSERT INTO user_account (name, age) SELECT p0, CAST(p1 AS INTEGER) "
                + "FROM (VALUES (?, ?, 0), (?, ?, 1)) AS imp_sen(p0, p1, sen_counter) ORDER BY sen_counter "
                + "RETURNING user_account.id");
        assertThat(plan.batch(2).binds()).extracting(BindSlot::name).containsExactly("name", "age", "name", "age");
        assertThat(plan.sentinelColumns()).containsExactly(0);
        assertThat(plan.visibleColumns()).isEqualTo(1);
    }

    @Test
    void theSentinelIsAddedToReturningWhenNotAskedFor() {
        InsertManyValues plan = plan(new MariaDBDialect(), insert(user).returning(user.c("fullname")), nameAndFullname);
        assertThat(plan.sql(3)).isEqualTo("INSERT INTO user_account (name, fullname) VALUES (?, ?), (?, ?), (?, ?) "
                + "RETURNING fullname, id");
        assertThat(plan.rowForm().resultColumns()).extracting(ResultColumn::name).containsExactly("fullname", "id");
        assertThat(plan.visibleColumns()).isEqualTo(1);
        assertThat(plan.sentinelColumns()).containsExactly(1);
    }

    @Test
    void h2BatchesInsideFinalTable() {
        InsertManyValues plan = plan(new H2Dialect(), insert(user).returning(user.c("id"), user.c("name")), nameAndFullname);
        assertThat(plan.ordering()).isEqualTo(Ordering.GENERATED_KEY);
        assertThat(plan.sql(2)).isEqualTo("SELECT id, name FROM FINAL TABLE (INSERT INTO user_account (name, fullname) "
                + "VALUES (?, ?), (?, ?))");
    }

    @Test
    void sqliteCannotOrderGeneratedKeysSoItGoesOneRowAtATime() {
        assertThat(plan(new SQLiteDialect(), insert(user).returning(user.c("id")), nameAndFullname).ordering())
                .isEqualTo(Ordering.ONE_ROW_PER_STATEMENT);
    }

    @Test
    void aPrimaryKeyGivenByEveryParameterSetIsASentinelEverywhere() {
        Insert stmt = insert(item).returning(item.c("qty"));
        for (Dialect dialect : new Dialect[] {new SQLiteDialect(), new PostgreSQLDialect(), new MariaDBDialect()}) {
            InsertManyValues plan = plan(dialect, stmt, Set.of("code", "qty"));
            assertThat(plan.ordering()).isEqualTo(Ordering.SENTINEL_VALUES);
            assertThat(plan.sentinelSlots()).containsExactly(0);
            assertThat(plan.sentinelColumns()).containsExactly(1);
        }
        assertThat(plan(new SQLiteDialect(), stmt, Set.of("code", "qty")).sql(2))
                .isEqualTo("INSERT INTO item (code, qty) VALUES (?, ?), (?, ?) RETURNING qty, code");
        assertThat(plan(new SQLiteDialect(), insert(user).returning(user.c("id")), Set.of("id", "name")).ordering())
                .isEqualTo(Ordering.SENTINEL_VALUES);
    }

    @Test
    void whatCannotBeBatchedRunsOneRowPerStatement() {
        PostgreSQLDialect pg = new PostgreSQLDialect();
        assertThat(plan(pg, insert(item).values(Map.of("code", "x")).returning(item.c("qty")), Set.of("qty")).batched())
                .as("the key is a fixed value, the same for every row").isFalse();
        assertThat(plan(pg, insert(item).returning(item.c("qty")), Set.of("qty")).batched())
                .as("no sentinel: the key is not given and not generated").isFalse();
        assertThat(plan(pg, insert(user).returning(user.c("name").concat("!")), nameAndFullname).batched())
                .as("a parameter outside the VALUES row").isFalse();
        assertThat(plan(pg, insert(user).values(java.util.List.of(Map.of("name", "a"), Map.of("name", "b")))
                .returning(user.c("id")), Set.of()).batched()).as("a multi-row VALUES").isFalse();
        assertThat(plan(pg, PostgreSQLDml.insert(user).onConflictDoNothing().returning(user.c("id")), nameAndFullname)
                .batched()).as("an upsert").isFalse();
        assertThat(plan(pg, insert(user), nameAndFullname).batched()).as("no RETURNING").isFalse();
        io.alchemy.sql.TableClause plain = new io.alchemy.sql.TableClause("plain", null,
                java.util.List.of(new io.alchemy.sql.ColumnClause<>("x", Types.INTEGER)));
        assertThat(plan(pg, insert(plain).returning(plain.c("x")), Set.of("x")).batched()).as("no key known").isFalse();
    }

    @Test
    void mysqlWithoutReturningEmulatesItFromTheGeneratedKeyAndTheGivenValues() {
        InsertManyValues plan = plan(new io.alchemy.dialect.mysql.MySQLDialect(),
                insert(user).returning(user.c("id"), user.c("fullname")), nameAndFullname);
        assertThat(plan.ordering()).isEqualTo(Ordering.EMULATED_RETURNING);
        assertThat(plan.rowForm().sql()).isEqualTo("INSERT INTO user_account (name, fullname) VALUES (?, ?)");
        assertThat(plan.rowForm().generatedKeys()).extracting(ResultColumn::name).containsExactly("id");
        assertThat(plan.returningSources()).containsExactly(-1, 1);
        assertThat(plan.rowForm().resultColumns()).extracting(ResultColumn::name).containsExactly("id", "fullname");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan(new io.alchemy.dialect.mysql.MySQLDialect(),
                insert(user).returning(user.c("age")), nameAndFullname))
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageStartingWith("RETURNING is not supported by the mysql dialect")
                .hasMessageContaining("column age, which the INSERT neither generates nor gives");
    }

    @Test
    void batchesHoldAThousandRowsOrWhatTheParameterLimitAllows() {
        InsertManyValues plan = plan(new PostgreSQLDialect(), insert(user).returning(user.c("id")), nameAndFullname);
        assertThat(plan.rowsPerBatch(65_535)).isEqualTo(1000);
        assertThat(plan.rowsPerBatch(999)).isEqualTo(499);
        assertThat(plan.rowsPerBatch(1)).isEqualTo(1);
    }

    @Test
    void aScalarSubqueryInTheRowIsRepeatedWithEachRow() {
        Insert stmt = insert(user).values(Map.of("age", io.alchemy.Alchemy.select(item.c("qty"))
                .where(item.c("code").eq(io.alchemy.Alchemy.bindparam("code"))).scalarSubquery())).returning(user.c("id"));
        InsertManyValues plan = plan(new MariaDBDialect(), stmt, Set.of("name", "code"));
        assertThat(plan.batched()).isTrue();
        assertThat(plan.sql(2)).isEqualTo("INSERT INTO user_account (name, age) VALUES (?, (SELECT item.qty \nFROM item "
                + "\nWHERE item.code = ?)), (?, (SELECT item.qty \nFROM item \nWHERE item.code = ?)) RETURNING id");
        assertThat(plan.batch(2).binds()).extracting(BindSlot::name).containsExactly("name", "code", "name", "code");
    }
}
