/**
 * The Hibernate contender's entities and session factory.
 */
@NullMarked
package io.alchemy.benchmarks.hibernate;

import org.jspecify.annotations.NullMarked;
