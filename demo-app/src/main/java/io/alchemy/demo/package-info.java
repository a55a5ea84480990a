/**
 * The demo application: a Spring Boot REST service on Alchemy's starter.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.demo;

import org.jspecify.annotations.NullMarked;
