package io.alchemy.orm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.alchemy.testing.arch.ArchitectureRules.mainClasses;
import static io.alchemy.testing.arch.ArchitectureRules.noPackageCycles;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.alchemy.testing.arch.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The ORM's packages: no cycles, and the API package on top (its subpackages never refer to it). */
class OrmPackagesTest {
    private static final JavaClasses MAIN = mainClasses("io.alchemy.orm");

    @Test
    void packagesAreFreeOfCycles() {
        noPackageCycles("io.alchemy").check(MAIN);
    }

    @Test
    void theApiPackageIsTheTopLayer() {
        noClasses().that().resideInAPackage("io.alchemy.orm..")
                .and().resideOutsideOfPackages("io.alchemy.orm", "io.alchemy.orm.shard")
                .should().dependOnClassesThat().resideInAPackage("io.alchemy.orm")
                .because("io.alchemy.orm is the API facade: internals call back through interfaces it implements")
                .check(MAIN);
    }

    /** Extensions built on the Session (sharding) sit above the API; nothing else in the ORM refers to them. */
    @Test
    void extensionsSitAboveTheApi() {
        noClasses().that().resideInAPackage("io.alchemy.orm..")
                .and().resideOutsideOfPackage("io.alchemy.orm.shard")
                .should().dependOnClassesThat().resideInAPackage("io.alchemy.orm.shard")
                .because("io.alchemy.orm.shard extends the Session (see docs/design/0016); the ORM does not know it")
                .check(MAIN);
    }

    @Test
    void onlyDialectsCompareDialectNames() {
        ArchitectureRules.noDialectNameComparisons().check(MAIN);
    }
}
