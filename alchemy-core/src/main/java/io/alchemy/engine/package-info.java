/**
 * Engines, connections, transactions and results: SQLAlchemy 2.0's Core execution model over JDBC.
 */
@NullMarked
package io.alchemy.engine;

import org.jspecify.annotations.NullMarked;
