/**
 * The Alchemy ORM contender's mapped classes.
 */
@NullMarked
package io.alchemy.benchmarks.orm;

import org.jspecify.annotations.NullMarked;
