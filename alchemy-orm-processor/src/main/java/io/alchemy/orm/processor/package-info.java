/**
 * The annotation processor that generates the typed metamodel ({@code User_}) of mapped classes.
 */
@NullMarked
package io.alchemy.orm.processor;

import org.jspecify.annotations.NullMarked;
