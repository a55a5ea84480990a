/**
 * The JMH workloads (W1–W7), each measured for hand-written JDBC, Alchemy Core and ORM, jOOQ and Hibernate.
 */
@NullMarked
package io.alchemy.benchmarks;

import org.jspecify.annotations.NullMarked;
