/**
 * The SQLite dialect.
 */
@NullMarked
package io.alchemy.dialect.sqlite;

import org.jspecify.annotations.NullMarked;
