/**
 * The jOOQ contender's table and record classes.
 */
@NullMarked
package io.alchemy.benchmarks.jooq;

import org.jspecify.annotations.NullMarked;
