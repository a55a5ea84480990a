/**
 * What a Session holds between flushes: the identity map, the unit of work (new, changed and deleted objects)
 * and the transaction frames that roll them back.
 */
@NullMarked
package io.alchemy.orm.state;

import org.jspecify.annotations.NullMarked;
