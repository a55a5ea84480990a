package io.alchemy.sql.conformance;

import static io.alchemy.Alchemy.*;
import static io.alchemy.sql.conformance.Fixtures.TABLE1;
import static io.alchemy.testing.AssertCompile.assertCompile;

import io.alchemy.dialect.generic.GenericDialect;
import io.alchemy.schema.MetaData;
import io.alchemy.sql.CompileOptions;
import io.alchemy.sql.TableClause;
import io.alchemy.testing.conformance.Deviation;
import io.alchemy.testing.conformance.PortedFrom;
import io.alchemy.types.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy rel_2_0 {@code test/sql/test_compiler.py}, {@code CrudParamOverlapTest}: a {@code bindparam()} named
 * after the column it gives a value to in VALUES / SET, for a lightweight {@code table()} ("lowercase") and a
 * {@code Table} ("uppercase"). Expected strings are SQLAlchemy's, verbatim.
 */
@PortedFrom("test/sql/test_compiler.py")
class TestCompilerCrudParamOverlapConformanceTest {
    private final TableClause lowercase = TABLE1;
    private final TableClause uppercase = new MetaData().table("mytable", column("myid", Types.INTEGER),
            column("name", Types.STRING), column("description", Types.STRING));

    private static Map<String, Object> sameNamed() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("myid", bindparam("myid"));
        values.put("description", func.coalesce(bindparam("description"), "default"));
        return values;
    }

    private static Map<String, Object> differentNamed() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("myid", bindparam("myid"));
        values.put("name", func.coalesce(bindparam("description"), "default"));
        return values;
    }

    /** CrudParamOverlapTest.test_same_named_binds_insert_values, lowercase. */
    @Test
    void test_same_named_binds_insert_values_lowercase() {
        assertCompile(insert(lowercase).values(sameNamed()), "INSERT INTO mytable (myid, description) VALUES "
                + "(:myid, coalesce(:description, :coalesce_1))");
    }

    /** CrudParamOverlapTest.test_same_named_binds_insert_values, uppercase. */
    @Test
    void test_same_named_binds_insert_values_uppercase() {
        assertCompile(insert(uppercase).values(sameNamed()), "INSERT INTO mytable (myid, description) VALUES "
                + "(:myid, coalesce(:description, :coalesce_1))");
    }

    /** CrudParamOverlapTest.test_same_named_binds_insert_values, third case: a further column from parameters. */
    @Test
    void test_same_named_binds_insert_values_extraColumn() {
        assertCompile(insert(lowercase).values(sameNamed()), "INSERT INTO mytable (myid, name, description) VALUES "
                        + "(:myid, :name, coalesce(:description, :coalesce_1))", GenericDialect.INSTANCE,
                CompileOptions.forParameters(Set.of("myid", "description", "name")));
    }

    /** CrudParamOverlapTest.test_same_named_binds_update_values, lowercase. */
    @Test
    void test_same_named_binds_update_values_lowercase() {
        assertCompile(update(lowercase).values(sameNamed()), "UPDATE mytable SET myid=:myid, "
                + "description=coalesce(:description, :coalesce_1)");
    }

    /** CrudParamOverlapTest.test_same_named_binds_update_values, uppercase. */
    @Test
    void test_same_named_binds_update_values_uppercase() {
        assertCompile(update(uppercase).values(sameNamed()), "UPDATE mytable SET myid=:myid, "
                + "description=coalesce(:description, :coalesce_1)");
    }

    /** CrudParamOverlapTest.test_different_named_binds_insert_values, lowercase. */
    @Test
    void test_different_named_binds_insert_values_lowercase() {
        assertCompile(insert(lowercase).values(differentNamed()), "INSERT INTO mytable (myid, name) VALUES "
                + "(:myid, coalesce(:description, :coalesce_1))");
    }

    /** CrudParamOverlapTest.test_different_named_binds_insert_values, uppercase. */
    @Test
    void test_different_named_binds_insert_values_uppercase() {
        assertCompile(insert(uppercase).values(differentNamed()), "INSERT INTO mytable (myid, name) VALUES "
                + "(:myid, coalesce(:description, :coalesce_1))");
    }

    /** CrudParamOverlapTest.test_different_named_binds_insert_values: a parameter key reserved by a bindparam. */
    @Test
    void test_different_named_binds_insert_values_reserved() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> insert(lowercase).values(differentNamed())
                        .compile(GenericDialect.INSTANCE, CompileOptions.forParameters(Set.of("myid", "description"))))
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageContaining("bindparam() name 'description' is reserved ");
    }

    /** CrudParamOverlapTest.test_different_named_binds_update_values, lowercase. */
    @Test
    void test_different_named_binds_update_values_lowercase() {
        assertCompile(update(lowercase).values(differentNamed()), "UPDATE mytable SET myid=:myid, "
                + "name=coalesce(:description, :coalesce_1)");
    }

    /** CrudParamOverlapTest.test_different_named_binds_update_values, uppercase. */
    @Test
    void test_different_named_binds_update_values_uppercase() {
        assertCompile(update(uppercase).values(differentNamed()), "UPDATE mytable SET myid=:myid, "
                + "name=coalesce(:description, :coalesce_1)");
    }

    /**
     * CrudParamOverlapTest.test_different_named_binds_update_values: a parameter key that an explicit bindparam uses.
     * SQLAlchemy raises {@code CompileError: bindparam() name 'description' is reserved for automatic usage in the
     * VALUES or SET clause of this insert/update statement. …}
     */
    @Deviation(decision = "0013-sqlalchemy-conformance-differences.md#update-parameter-named-by-bindparam",
            value = "An UPDATE parameter key used by an explicit bindparam() feeds that bindparam and is not added to SET.")
    @Test
    void test_different_named_binds_update_values_reserved() {
        assertCompile(update(lowercase).values(differentNamed()),
                "UPDATE mytable SET myid=:myid, name=coalesce(:description, :coalesce_1)", GenericDialect.INSTANCE,
                CompileOptions.forParameters(Set.of("myid", "description")));
    }

    /** CrudParamOverlapTest.test_same_named_binds_insert_values, third case, uppercase. */
    @Test
    void test_same_named_binds_insert_values_extraColumn_uppercase() {
        assertCompile(insert(uppercase).values(sameNamed()), "INSERT INTO mytable (myid, name, description) VALUES "
                        + "(:myid, :name, coalesce(:description, :coalesce_1))", GenericDialect.INSTANCE,
                CompileOptions.forParameters(Set.of("myid", "description", "name")));
    }

    /** CrudParamOverlapTest.test_different_named_binds_insert_values, reserved key, uppercase. */
    @Test
    void test_different_named_binds_insert_values_reserved_uppercase() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> insert(uppercase).values(differentNamed())
                        .compile(GenericDialect.INSTANCE, CompileOptions.forParameters(Set.of("myid", "description"))))
                .isInstanceOf(io.alchemy.exc.CompileError.class)
                .hasMessageContaining("bindparam() name 'description' is reserved ");
    }
}
