/**
 * A JDBC wrapper that counts the statements each contender sends.
 */
@NullMarked
package io.alchemy.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
