/**
 * Connection, transaction and statement events ({@link io.alchemy.event.ConnectionEvents}), carrying values.
 */
@NullMarked
package io.alchemy.event;

import org.jspecify.annotations.NullMarked;
