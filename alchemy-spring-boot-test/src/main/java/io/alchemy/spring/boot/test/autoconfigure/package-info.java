/**
 * The {@link io.alchemy.spring.boot.test.autoconfigure.AlchemyTest @AlchemyTest} test slice.
 */
package io.alchemy.spring.boot.test.autoconfigure;
