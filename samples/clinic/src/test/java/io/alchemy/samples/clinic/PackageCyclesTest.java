package io.alchemy.samples.clinic;

import static io.alchemy.testing.arch.ArchitectureRules.mainClasses;
import static io.alchemy.testing.arch.ArchitectureRules.noPackageCycles;

import org.junit.jupiter.api.Test;

/** No package of the sample depends, through others, on itself. */
class PackageCyclesTest {

    @Test
    void packagesAreFreeOfCycles() {
        noPackageCycles("io.alchemy").check(mainClasses("io.alchemy.samples.clinic"));
    }
}
