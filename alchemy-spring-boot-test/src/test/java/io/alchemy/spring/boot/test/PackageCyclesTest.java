package io.alchemy.spring.boot.test;

import static io.alchemy.testing.arch.ArchitectureRules.mainClasses;
import static io.alchemy.testing.arch.ArchitectureRules.noDialectNameComparisons;
import static io.alchemy.testing.arch.ArchitectureRules.noPackageCycles;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** No package of this module's main code depends, through others, on itself. */
class PackageCyclesTest {
    private static final JavaClasses MAIN = mainClasses("io.alchemy.spring.boot.test");

    @Test
    void packagesAreFreeOfCycles() {
        noPackageCycles("io.alchemy").check(MAIN);
    }

    @Test
    void onlyDialectsCompareDialectNames() {
        noDialectNameComparisons().check(MAIN);
    }
}
