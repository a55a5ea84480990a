/**
 * The Alchemy Core tables the workloads use.
 */
@NullMarked
package io.alchemy.benchmarks.alchemy;

import org.jspecify.annotations.NullMarked;
