/**
 * N+1 detection: a Session counts, within one transaction, the lazy loads of each relationship and the one-row loads
 * of each entity ({@code get} misses, reloads of expired objects); past a threshold that is an
 * {@link io.alchemy.orm.insight.NPlusOneIncident}, logged at WARN, told to listeners, or raised
 * ({@link io.alchemy.orm.insight.NPlusOneMode}). Configured with {@link io.alchemy.orm.insight.NPlusOneDetection} on
 * {@code SessionOptions}.
 */
@NullMarked
package io.alchemy.orm.insight;

import org.jspecify.annotations.NullMarked;
