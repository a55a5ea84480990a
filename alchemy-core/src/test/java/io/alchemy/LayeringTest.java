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
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles("io.alchemy").check(CORE);
    }

    /** The expression tree compiles through {@code SqlDialect} / {@code SqlCompiler}, interfaces it declares. */
    @Test
    void theExpressionTreeKnowsNoEngineCompilerOrDialect() {
        noClasses().that().resideInAPackage("io.alchemy.sql")
                .should().dependOnClassesThat().resideInAnyPackage("io.alchemy.engine..", "io.alchemy.sql.compiler..",
                        "io.alchemy.dialect..", "io.alchemy.schema..", "io.alchemy.event..")
                .check(CORE);
    }

    /** The schema runs DDL and reflection through {@code SchemaEngine}, {@code SchemaConnection}, {@code SchemaDialect}. */
    @Test
    void theSchemaKnowsNoEngineCompilerOrDialect() {
        noClasses().that().resideInAPackage("io.alchemy.schema..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alchemy.engine..", "io.alchemy.sql.compiler..",
                        "io.alchemy.dialect..", "io.alchemy.event..")
                .check(CORE);
    }

    @Test
    void typesKnowNoDialect() {
        noClasses().that().resideInAPackage("io.alchemy.types..")
                .should().dependOnClassesThat().resideInAnyPackage("io.alchemy.dialect..", "io.alchemy.sql..",
                        "io.alchemy.schema..")
                .check(CORE);
    }

    @Test
    void eventsCarryValuesNotTheEngine() {
        noClasses().that().resideInAPackage("io.alchemy.event..")
                .should().dependOnClassesThat().resideInAPackage("io.alchemy.engine..").check(CORE);
    }

    @Test
    void onlyDialectsCompareDialectNames() {
        ArchitectureRules.noDialectNameComparisons().check(CORE);
    }
}
