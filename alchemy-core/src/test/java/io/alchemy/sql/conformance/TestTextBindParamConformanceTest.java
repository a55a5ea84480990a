package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Ported.*;
import static io.alchemy.testing.TestDialects.DEFAULT;
import static io.alchemy.testing.TestDialects.MYSQL;
import static io.alchemy.testing.TestDialects.POSTGRESQL;
import static io.alchemy.testing.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_text.py}, {@code BindParamTest}. Expected strings are SQLAlchemy's, verbatim (DBAPI placeholders as JDBC's, see {@link Ported}).
 */
@PortedFrom("test/sql/test_text.py")
@SuppressWarnings({"unused", "unchecked"})
class TestTextBindParamConformanceTest {
    private final io.alchemy.sql.TableClause table1 = Fixtures.TABLE1;
    private final io.alchemy.sql.TableClause table2 = Fixtures.TABLE2;
    /** test/sql/test_text.py BindParamTest.test_positional. */
    @Test
    void test_positional() {
        var t = text("select * from foo where lala=:bar and hoho=:whee");
        t = t.bindparams(bindparam("bar", null, 4), bindparam("whee", null, 7));
        assertCompileParams(t, "select * from foo where lala=:bar and hoho=:whee", params("bar", 4, "whee", 7));
    }

    /** test/sql/test_text.py BindParamTest.test_kw. */
    @Test
    void test_kw() {
        var t = text("select * from foo where lala=:bar and hoho=:whee");
        t = t.bindparams(params("bar", 4, "whee", 7));
        assertCompileParams(t, "select * from foo where lala=:bar and hoho=:whee", params("bar", 4, "whee", 7));
    }

    /** test/sql/test_text.py BindParamTest.test_binds_compiled_named. */
    @Test
    void test_binds_compiled_named() {
        assertCompileOn(text("select * from foo where lala=:bar and hoho=:whee").bindparams(params("bar", 4, "whee", 7)), "select * from foo where lala=? and hoho=?", POSTGRESQL, params("bar", 4, "whee", 7));
    }

    /** test/sql/test_text.py BindParamTest.test_binds_compiled_positional. */
    @Test
    void test_binds_compiled_positional() {
        assertCompileOn(text("select * from foo where lala=:bar and hoho=:whee").bindparams(params("bar", 4, "whee", 7)), "select * from foo where lala=? and hoho=?", SQLITE, params("bar", 4, "whee", 7));
    }

    /** test/sql/test_text.py BindParamTest.test_escaping_colons. */
    @Test
    void test_escaping_colons() {
        assertCompileOn(text("select * from foo where clock='05:06:07' and mork='\\:mindy'"), "select * from foo where clock='05:06:07' and mork=':mindy'", POSTGRESQL);
    }

    /** test/sql/test_text.py BindParamTest.test_escaping_double_colons. */
    @Test
    void test_escaping_double_colons() {
        assertCompileOn(text("SELECT * FROM pg_attribute WHERE attrelid = :tab\\:\\:regclass"), "SELECT * FROM pg_attribute WHERE attrelid = ?::regclass", POSTGRESQL);
    }

    /** test/sql/test_text.py BindParamTest.test_double_colons_dont_actually_need_escaping. */
    @Test
    void test_double_colons_dont_actually_need_escaping() {
        assertCompileOn(text("SELECT * FROM pg_attribute WHERE attrelid = foo::regclass"), "SELECT * FROM pg_attribute WHERE attrelid = foo::regclass", POSTGRESQL);
    }

    /** test/sql/test_text.py BindParamTest.test_escaping_percent_signs. */
    @Test
    void test_escaping_percent_signs() {
        var stmt = text("select '%' where foo like '%bar%'");
        assertCompileOn(stmt, "select '%' where foo like '%bar%'", SQLITE);
        assertCompileOn(stmt, "select '%' where foo like '%bar%'", MYSQL);
    }


    /** test/sql/test_text.py BindParamTest.test_unique_binds. */
    @Test
    void test_unique_binds() {
        var t1 = text("select :foo").bindparams(bindparam("foo", null, 5).unique());
        var t2 = text("select :foo").bindparams(bindparam("foo", null, 10).unique());
        var stmt = select(t1, t2);
        assertCompileParams(stmt, "SELECT select :foo_1, select :foo_2", params("foo_1", 5, "foo_2", 10));
    }
}
