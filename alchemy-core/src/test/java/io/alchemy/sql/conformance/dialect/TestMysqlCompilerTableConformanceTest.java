package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.column;

import io.alchemy.dialect.mysql.MySQLTableOptions;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code SQLTest}): MySQL's table options
 * ({@link MySQLTableOptions}: ENGINE, CHARSET, COLLATE, any {@code NAME=value}, partitioning). Expected strings
 * verbatim.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerTableConformanceTest {

    private static void my(Table table, String expected) {
        AssertCompile.assertCompile(new CreateTable(table), expected, TestDialects.MYSQL);
    }

    private static Table partitioned(MySQLTableOptions options) {
        return new MetaData().table("testtable", column("id", Types.INTEGER).primaryKey().autoincrement(true),
                column("other_id", Types.INTEGER).primaryKey().autoincrement(false), options);
    }

    private static Table single(MySQLTableOptions options) {
        return new MetaData().table("testtable", column("id", Types.INTEGER).primaryKey().autoincrement(true),
                options);
    }

    private static final String PARTITIONED = "CREATE TABLE testtable (id INTEGER NOT NULL AUTO_INCREMENT, "
            + "other_id INTEGER NOT NULL, PRIMARY KEY (id, other_id))";
    private static final String SINGLE = "CREATE TABLE testtable (id INTEGER NOT NULL AUTO_INCREMENT, "
            + "PRIMARY KEY (id))";

    /** SQLTest.test_create_table_with_partition. */
    @Test
    void test_create_table_with_partition() {
        my(partitioned(MySQLTableOptions.create().partitions(2).partitionBy("KEY(other_id)")),
                PARTITIONED + "PARTITION BY KEY(other_id) PARTITIONS 2");
    }

    /** SQLTest.test_create_table_with_subpartition. */
    @Test
    void test_create_table_with_subpartition() {
        my(partitioned(MySQLTableOptions.create().partitions(2).partitionBy("KEY(other_id)")
                        .subpartitionBy("HASH(some_expr)").subpartitions(2)),
                PARTITIONED + "PARTITION BY KEY(other_id) PARTITIONS 2 SUBPARTITION BY HASH(some_expr) SUBPARTITIONS 2");
    }

    /** SQLTest.test_create_table_with_partition_hash. */
    @Test
    void test_create_table_with_partition_hash() {
        my(partitioned(MySQLTableOptions.create().partitions(2).partitionBy("HASH(other_id)")),
                PARTITIONED + "PARTITION BY HASH(other_id) PARTITIONS 2");
    }

    /** SQLTest.test_create_table_with_partition_and_other_opts. */
    @Test
    void test_create_table_with_partition_and_other_opts() {
        my(partitioned(MySQLTableOptions.create().option("stats_sample_pages", "2").partitions(2)
                        .partitionBy("HASH(other_id)")),
                PARTITIONED + "STATS_SAMPLE_PAGES=2 PARTITION BY HASH(other_id) PARTITIONS 2");
    }

    /** SQLTest.test_create_table_with_collate. */
    @Test
    void test_create_table_with_collate() {
        my(single(MySQLTableOptions.create().engine("InnoDB").collate("utf8_icelandic_ci").charset("utf8")),
                SINGLE + "ENGINE=InnoDB CHARSET=utf8 COLLATE utf8_icelandic_ci");
    }

    /** SQLTest.test_create_table_options_in_kwarg_order. */
    @Test
    void test_create_table_options_in_kwarg_order() {
        my(single(MySQLTableOptions.create().engine("InnoDB").charset("utf8").option("row_format", "DYNAMIC")
                        .option("key_block_size", "1024")),
                SINGLE + "ENGINE=InnoDB CHARSET=utf8 ROW_FORMAT=DYNAMIC KEY_BLOCK_SIZE=1024");
        my(single(MySQLTableOptions.create().option("key_block_size", "1024").option("row_format", "DYNAMIC")
                        .charset("utf8").engine("InnoDB")),
                SINGLE + "KEY_BLOCK_SIZE=1024 ROW_FORMAT=DYNAMIC CHARSET=utf8 ENGINE=InnoDB");
    }
}
