/**
 * The statement compiler: renders a statement tree as one dialect's SQL, with its bind parameters and result columns.
 */
@NullMarked
package io.alchemy.sql.compiler;

import org.jspecify.annotations.NullMarked;
