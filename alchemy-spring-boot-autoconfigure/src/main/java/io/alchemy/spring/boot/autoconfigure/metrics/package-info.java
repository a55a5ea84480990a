/**
 * Micrometer observations and meters fed from inside the Engine (an Engine listener) and the Session (a Session
 * subclass observing its flushes): {@code alchemy.statements}, {@code alchemy.session.flushes} and the rest, listed
 * in the README.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
