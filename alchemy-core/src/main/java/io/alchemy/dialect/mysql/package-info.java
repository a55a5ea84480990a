/**
 * The MySQL and MariaDB dialects.
 */
@NullMarked
package io.alchemy.dialect.mysql;

import org.jspecify.annotations.NullMarked;
