package io.alchemy.spring.boot.test.autoconfigure;

import org.springframework.boot.test.autoconfigure.TestSliceTestContextBootstrapper;

/** Reads {@link AlchemyTest#properties()}. */
class AlchemyTestContextBootstrapper extends TestSliceTestContextBootstrapper<AlchemyTest> {
}
