package io.alchemy.sql.conformance.dialect;

import io.alchemy.dialect.Dialect;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code RegexpCommon}, {@code RegexpTestMariaDb}):
 * on MariaDB, {@code regexp_match} as {@code REGEXP} with flags leading the pattern ({@code CONCAT('(?', flags,
 * ')', pattern)}), and {@code regexp_replace} as {@code REGEXP_REPLACE}; in mysqlclient's {@code format} paramstyle. Expected strings and positional parameters verbatim.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerRegexpMariaDbConformanceTest extends MysqlRegexpCommonCases {
    @Override
    protected Dialect dialect() {
        return TestDialects.MARIADB;
    }

    /** RegexpTestMariaDb.test_regexp_match_flags_safestring. */
    @Test
    void test_regexp_match_flags_safestring() {
        my(table.c("myid").regexpMatch("pattern", "i'g"), "mytable.myid REGEXP CONCAT('(?', 'i''g', ')', %s)", "pattern");
    }

    /** RegexpTestMariaDb.test_regexp_match_flags. */
    @Test
    void test_regexp_match_flags() {
        my(table.c("myid").regexpMatch("pattern", "ig"), "mytable.myid REGEXP CONCAT('(?', 'ig', ')', %s)", "pattern");
    }

    /** RegexpTestMariaDb.test_not_regexp_match_flags. */
    @Test
    void test_not_regexp_match_flags() {
        my(table.c("myid").regexpMatch("pattern", "ig").not(), "mytable.myid NOT REGEXP CONCAT('(?', 'ig', ')', %s)", "pattern");
    }

    /** RegexpTestMariaDb.test_regexp_replace_flags. */
    @Test
    void test_regexp_replace_flags() {
        my(table.c("myid").regexpReplace("pattern", "replacement", "ig"), "REGEXP_REPLACE(mytable.myid, CONCAT('(?', 'ig', ')', %s), %s)", "pattern", "replacement");
    }
}
