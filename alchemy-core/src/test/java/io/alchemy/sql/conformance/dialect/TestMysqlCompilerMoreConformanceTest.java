package io.alchemy.sql.conformance.dialect;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.dialect.DialectTables.col;
import static io.alchemy.sql.conformance.dialect.DialectTables.table;

import io.alchemy.schema.CheckConstraint;
import io.alchemy.schema.CreateIndex;
import io.alchemy.schema.CreateSequence;
import io.alchemy.schema.Sequence;
import io.alchemy.schema.CreateTable;
import io.alchemy.schema.DropConstraint;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.AssertCompile;
import io.alchemy.testing.SqlAlchemyParamstyle;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import org.junit.jupiter.api.Test;

/**
 * More of SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code CompileTest}, {@code SQLTest}):
 * the MySQL dialect's SQL in mysqlclient's {@code format} paramstyle ({@link SqlAlchemyParamstyle}). Expected
 * strings verbatim.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerMoreConformanceTest {
    private static final SqlAlchemyParamstyle MY = SqlAlchemyParamstyle.FORMAT;

    private static void my(io.alchemy.sql.Executable stmt, String expected) {
        MY.assertCompile(stmt, expected, TestDialects.MYSQL);
    }

    private static void my(io.alchemy.sql.ColumnElement<?> expr, String expected) {
        MY.assertCompile(expr, expected, TestDialects.MYSQL);
    }

    /** CompileTest.test_create_index_simple. */
    @Test
    void test_create_index_simple() {
        Table tbl = new MetaData().table("testtbl", column("data", Types.string(255)), index("test_idx1", "data"));
        AssertCompile.assertCompile(new CreateIndex(tbl.indexes().get(0)),
                "CREATE INDEX test_idx1 ON testtbl (data)", TestDialects.MYSQL);
    }

    /** CompileTest.test_create_pk_plain. */
    @Test
    void test_create_pk_plain() {
        Table tbl = new MetaData().table("testtbl", column("data", Types.string(255)), primaryKeyConstraint("data"));
        AssertCompile.assertCompile(new CreateTable(tbl),
                "CREATE TABLE testtbl (data VARCHAR(255) NOT NULL, PRIMARY KEY (data))", TestDialects.MYSQL);
    }

    /** CompileTest.test_drop_constraint_mysql. */
    @Test
    void test_drop_constraint_mysql() {
        CheckConstraint constraint = checkConstraint("data IS NOT NULL").name("constraint");
        new MetaData().table("testtbl", column("data", Types.string(255)), constraint);
        AssertCompile.assertCompile(new DropConstraint(constraint), "ALTER TABLE testtbl DROP CHECK `constraint`",
                TestDialects.MYSQL);
    }

    /** CompileTest.test_drop_constraint_mariadb. */
    @Test
    void test_drop_constraint_mariadb() {
        CheckConstraint constraint = checkConstraint("data IS NOT NULL").name("constraint");
        new MetaData().table("testtbl", column("data", Types.string(255)), constraint);
        AssertCompile.assertCompile(new DropConstraint(constraint),
                "ALTER TABLE testtbl DROP CONSTRAINT `constraint`", TestDialects.MARIADB);
    }





    /** CompileTest.test_mariadb_sequence_behaviors: a plain sequence on MariaDB. */
    @Test
    void test_mariadb_sequence_behaviors() {
        AssertCompile.assertCompile(new CreateSequence(Sequence.of("foo_seq")), "CREATE SEQUENCE foo_seq",
                TestDialects.MARIADB);
    }

    /** CompileTest.test_mariadb_sequence_behaviors: a plain sequence on MySQL. */
    @Test
    void test_mariadb_sequence_behaviors_mysql() {
        AssertCompile.assertCompile(new CreateSequence(Sequence.of("foo_seq")), "CREATE SEQUENCE foo_seq",
                TestDialects.MYSQL);
    }
}
