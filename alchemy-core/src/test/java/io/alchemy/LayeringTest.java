package io.alchemy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core's layering rules: no Spring, no ORM, and the expression tree does not reach into the engine. */
class LayeringTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.alchemy");

    @Test
    void coreDependsOnNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CORE);
    }

    @Test
    void coreNeverImportsTheOrm() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.alchemy.orm..").check(CORE);
    }

    @Test
    void typesAndExceptionsStayBelowTheEngine() {
        noClasses().that().resideInAnyPackage("io.alchemy.types..", "io.alchemy.exc..")
                .should().dependOnClassesThat().resideInAPackage("io.alchemy.engine..").check(CORE);
    }
}
