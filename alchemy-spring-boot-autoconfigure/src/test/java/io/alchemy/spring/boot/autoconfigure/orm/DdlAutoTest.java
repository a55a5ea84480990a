package io.alchemy.spring.boot.autoconfigure.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.engine.Engine;
import io.alchemy.spring.boot.autoconfigure.schema.DdlAuto;
import io.alchemy.spring.boot.autoconfigure.schema.SchemaValidationException;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code alchemy.ddl-auto} on every database: create, create-drop, validate (with every difference reported), none. */
class DdlAutoTest {

    private static ApplicationContextRunner runner(TestDatabase db, DdlAuto ddlAuto) {
        return OrmContext.runner(db).withPropertyValues("alchemy.ddl-auto=" + ddlAuto.name().toLowerCase().replace('_', '-'));
    }

    private static boolean exists(TestDatabase db, String table) {
        return Alchemy.inspect(db.engine()).hasTable(table);
    }

    @MatrixTest
    void noneLeavesTheSchemaAlone(TestDatabase db) {
        runner(db, DdlAuto.NONE).run(context -> assertThat(context).hasNotFailed());
        assertThat(exists(db, "customer")).isFalse();
    }

    @MatrixTest
    void createCreatesTheMappedTablesAndKeepsThem(TestDatabase db) {
        runner(db, DdlAuto.CREATE).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(Alchemy.inspect(context.getBean(Engine.class)).hasTable("purchase")).isTrue();
        });
        assertThat(exists(db, "customer")).isTrue();
        assertThat(exists(db, "purchase")).isTrue();
    }

    @MatrixTest
    void createDropDropsThemWhenTheContextCloses(TestDatabase db) {
        runner(db, DdlAuto.CREATE_DROP).run(context -> assertThat(exists(db, "customer")).isTrue());
        assertThat(exists(db, "customer")).isFalse();
        assertThat(exists(db, "purchase")).isFalse();
    }

    @MatrixTest
    void validatePassesOnTheSchemaCreateMade(TestDatabase db) {
        runner(db, DdlAuto.CREATE).run(context -> assertThat(context).hasNotFailed());
        runner(db, DdlAuto.VALIDATE).run(context -> assertThat(context).hasNotFailed());
    }

    @MatrixTest
    void validateReportsEveryDifference(TestDatabase db) throws Exception {
        db.run("CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(10))");
        db.run("CREATE TABLE purchase (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, item INTEGER NOT NULL)");
        runner(db, DdlAuto.VALIDATE).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(SchemaValidationException.class);
            SchemaValidationException failure = (SchemaValidationException) rootCause(context.getStartupFailure());
            assertThat(failure.differences()).containsExactlyInAnyOrder(
                    "column customer.name is VARCHAR(10) in the database, shorter than the mapped VARCHAR(30)",
                    "column customer.name is NOT NULL in the mapping but nullable in the database",
                    "column customer.version is missing (mapped as INTEGER)",
                    "unique constraint on customer [name] is missing",
                    "column purchase.item is INTEGER in the database but mapped as VARCHAR(50)",
                    "foreign key purchase.customer_id → customer.id is missing");
        });
    }

    @MatrixTest
    void validateReportsMissingTables(TestDatabase db) {
        runner(db, DdlAuto.VALIDATE).run(context -> {
            SchemaValidationException failure = (SchemaValidationException) rootCause(context.getStartupFailure());
            assertThat(failure.differences()).containsExactlyInAnyOrder("table customer is missing",
                    "table purchase is missing");
            assertThat(failure).hasMessageContaining("differs from the mapped tables in 2 way(s)");
        });
    }

    /** Validation runs after the database initializers (schema.sql here; Flyway and Liquibase the same way). */
    @MatrixTest
    void validateRunsAfterTheDatabaseInitializers(TestDatabase db) throws Exception {
        runner(db, DdlAuto.CREATE).run(context -> assertThat(context).hasNotFailed());
        db.run("DROP TABLE purchase");
        runner(db, DdlAuto.VALIDATE)
                .withConfiguration(AutoConfigurations.of(DataSourceInitializationAutoConfiguration.class))
                .withPropertyValues("spring.sql.init.mode=always",
                        "spring.sql.init.schema-locations=classpath:initialization/purchase.sql")
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
