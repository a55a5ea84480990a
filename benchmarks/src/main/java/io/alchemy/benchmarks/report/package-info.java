/**
 * Turns JMH's JSON results into docs/benchmarks.md (ratios to JDBC, allocation, statements).
 */
@NullMarked
package io.alchemy.benchmarks.report;

import org.jspecify.annotations.NullMarked;
