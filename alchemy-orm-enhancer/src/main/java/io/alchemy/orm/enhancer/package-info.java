/**
 * The build-time enhancer of mapped classes, a ByteBuddy plugin run by byte-buddy-maven-plugin; never on an
 * application's run-time class path.
 */
@NullMarked
package io.alchemy.orm.enhancer;

import org.jspecify.annotations.NullMarked;
