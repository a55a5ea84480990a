/**
 * Micrometer observations and meters fed from inside the Engine (an Engine listener) and the Session (a Session
 * subclass observing its flushes): {@code alchemy.statements}, {@code alchemy.session.flushes} and the rest, listed
 * in the README.
 */
package io.alchemy.spring.boot.autoconfigure.metrics;
