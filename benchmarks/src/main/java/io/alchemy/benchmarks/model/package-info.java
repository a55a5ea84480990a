/**
 * The plain result shapes every contender returns, so their rows can be compared.
 */
@NullMarked
package io.alchemy.benchmarks.model;

import org.jspecify.annotations.NullMarked;
