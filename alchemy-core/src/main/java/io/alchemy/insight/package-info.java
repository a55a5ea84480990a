/**
 * What the application's data access does, measured in process: {@link io.alchemy.insight.StatementStatistics}
 * keeps count, time, rows and errors per statement shape (an application-side {@code pg_stat_statements}), fed as an
 * Engine listener.
 */
@NullMarked
package io.alchemy.insight;

import org.jspecify.annotations.NullMarked;
