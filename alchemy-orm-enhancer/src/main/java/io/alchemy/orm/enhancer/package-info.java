/**
 * The build-time enhancer of mapped classes: {@link io.alchemy.orm.enhancer.AlchemyEnhancer}, a ByteBuddy plugin run
 * by {@code byte-buddy-maven-plugin} with this module among the plugin's dependencies. Nothing here is on an
 * application's run-time class path. The alchemy-orm types the enhanced bytecode refers to are named in
 * {@link io.alchemy.orm.enhancer.RuntimeNames}, not imported: this module does not depend on alchemy-orm.
 */
package io.alchemy.orm.enhancer;
