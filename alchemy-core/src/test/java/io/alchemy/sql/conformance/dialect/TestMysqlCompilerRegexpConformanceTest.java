package io.alchemy.sql.conformance.dialect;

import io.alchemy.dialect.Dialect;
import io.alchemy.testing.TestDialects;
import io.alchemy.testing.conformance.PortedFrom;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/dialect/mysql/test_compiler.py} ({@code RegexpCommon}, {@code RegexpTestMySql}):
 * {@code regexp_match} as {@code REGEXP} or, with flags, MySQL 8's {@code REGEXP_LIKE}; {@code regexp_replace} as
 * {@code REGEXP_REPLACE}; in mysqlclient's {@code format} paramstyle. Expected strings and positional parameters verbatim.
 */
@PortedFrom("test/dialect/mysql/test_compiler.py")
class TestMysqlCompilerRegexpConformanceTest extends MysqlRegexpCommonCases {
    @Override
    protected Dialect dialect() {
        return TestDialects.MYSQL;
    }

    /** RegexpTestMySql.test_regexp_match_flags_safestring. */
    @Test
    void test_regexp_match_flags_safestring() {
        my(table.c("myid").regexpMatch("pattern", "i'g"), "REGEXP_LIKE(mytable.myid, %s, 'i''g')", "pattern");
    }

    /** RegexpTestMySql.test_regexp_match_flags. */
    @Test
    void test_regexp_match_flags() {
        my(table.c("myid").regexpMatch("pattern", "ig"), "REGEXP_LIKE(mytable.myid, %s, 'ig')", "pattern");
    }

    /** RegexpTestMySql.test_not_regexp_match_flags. */
    @Test
    void test_not_regexp_match_flags() {
        my(table.c("myid").regexpMatch("pattern", "ig").not(), "NOT REGEXP_LIKE(mytable.myid, %s, 'ig')", "pattern");
    }

    /** RegexpTestMySql.test_regexp_replace_flags. */
    @Test
    void test_regexp_replace_flags() {
        my(table.c("myid").regexpReplace("pattern", "replacement", "ig"), "REGEXP_REPLACE(mytable.myid, %s, %s, 'ig')", "pattern", "replacement");
    }

    /** RegexpTestMySql.test_regexp_replace_flags_safestring. */
    @Test
    void test_regexp_replace_flags_safestring() {
        my(table.c("myid").regexpReplace("pattern", "replacement", "i'g"), "REGEXP_REPLACE(mytable.myid, %s, %s, 'i''g')", "pattern", "replacement");
    }
}
