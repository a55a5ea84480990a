/**
 * What differs per database: {@link io.alchemy.dialect.Dialect} (capabilities and hooks), identifier quoting, type DDL, DDL, reflection, error classification.
 */
@NullMarked
package io.alchemy.dialect;

import org.jspecify.annotations.NullMarked;
