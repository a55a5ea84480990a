package io.alchemy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.alchemy.testing.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Core's layering rules: no Spring, no ORM, no package cycles, the expression tree and the schema know nothing of
 * the engine or the compilers, and only dialects take dialect decisions.
 */
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

    @Test
    void onlyDialectsCompareDialectNames() {
        ArchitectureRules.noDialectNameComparisons().check(CORE);
    }
}
