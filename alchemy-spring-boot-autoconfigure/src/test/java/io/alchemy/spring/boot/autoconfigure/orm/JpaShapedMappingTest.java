package io.alchemy.spring.boot.autoconfigure.orm;

import static io.alchemy.Alchemy.column;
import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.Alchemy;
import io.alchemy.orm.Registry;
import io.alchemy.orm.Session;
import io.alchemy.orm.mapping.Mappers;
import io.alchemy.spring.boot.autoconfigure.orm.custom.Note;
import io.alchemy.spring.boot.autoconfigure.orm.vets.Specialty;
import io.alchemy.spring.boot.autoconfigure.orm.vets.Vet;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.TestDatabase;
import io.alchemy.types.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * JPA-shaped mappings under the auto-configured Registry: a many-to-many whose association table only its
 * relationship declares starts, is created by {@code ddl-auto=create} and passes {@code validate}; and
 * {@link RegistryCustomizer} beans adjust the Registry, in order, before its tables are created.
 */
class JpaShapedMappingTest {

    /** {@link OrmContext#runner(TestDatabase)}'s database, scanning only {@code scan}'s package. */
    private static ApplicationContextRunner runner(TestDatabase db, Class<?> scan) {
        return OrmContext.runner().withUserConfiguration(scan)
                .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.hikari.maximum-pool-size=3",
                        db.name().equals("h2") ? "spring.datasource.hikari.username=" : "spring.datasource.name=matrix");
    }

    @MatrixTest
    void anAssociationTableDeclaredOnlyByItsRelationshipIsCreatedAndValidated(TestDatabase db) throws Exception {
        runner(db, ScanVets.class).withPropertyValues("alchemy.ddl-auto=create")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Alchemy.inspect(db.engine()).hasTable("vet_specialties")).isTrue();
                    Vet vet = new Vet("Dr. Who");
                    vet.getSpecialties().add(new Specialty("surgery"));
                    context.getBean(TransactionTemplate.class).executeWithoutResult(
                            status -> context.getBean(Session.class).add(vet));
                });
        long rows;
        try (var conn = db.openJdbc(); var rs = conn.createStatement().executeQuery("SELECT count(*) FROM vet_specialties")) {
            rs.next();
            rows = rs.getLong(1);
        }
        assertThat(rows).isEqualTo(1);
        runner(db, ScanVets.class).withPropertyValues("alchemy.ddl-auto=validate")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @MatrixTest
    void registryCustomizersAdjustTheRegistryInOrderBeforeItsTablesAreCreated(TestDatabase db) {
        if (Mappers.current(Note.class) != null) {                  // made by this test on another database
            ((Registry) Mappers.current(Note.class).registry()).dispose();
        }
        runner(db, Customized.class).withPropertyValues("alchemy.ddl-auto=create")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Customized.class).calls).containsExactly("first", "second");
                    assertThat(context.getBean(Registry.class).metadata().tables()).containsKeys("note", "audit_log");
                    assertThat(Alchemy.inspect(db.engine()).hasTable("audit_log")).isTrue();
                });
        // a second context of the same JVM reuses the Registry its classes are mapped by: not customized twice
        runner(db, Customized.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Customized.class).calls).isEmpty();
        });
    }

    @Configuration(proxyBeanMethods = false)
    @AlchemyScan(basePackageClasses = Vet.class)
    static class ScanVets {
    }

    @Configuration(proxyBeanMethods = false)
    @AlchemyScan(basePackageClasses = Note.class)
    static class Customized {
        final List<String> calls = new ArrayList<>();

        @Bean
        @Order(2)
        RegistryCustomizer second() {
            return registry -> calls.add("second");
        }

        @Bean
        @Order(1)
        RegistryCustomizer first() {
            return registry -> {
                calls.add("first");
                registry.metadata().table("audit_log", column("id", Types.INTEGER).primaryKey());
            };
        }
    }
}
