/**
 * What every contender shares: the workload contract, statement counts and the audit that checks each contender's rows.
 */
@NullMarked
package io.alchemy.benchmarks.harness;

import org.jspecify.annotations.NullMarked;
