/**
 * Not API: the per-object ORM state ({@link io.alchemy.orm.internal.InstanceState}) whose static hooks enhanced
 * bytecode calls, the {@link io.alchemy.orm.internal.ManagedEntity} contract every enhanced class implements, and the
 * tracked collections and relationship events behind mapped fields. Application code must not use them; they may
 * change in any release.
 */
@NullMarked
package io.alchemy.orm.internal;

import org.jspecify.annotations.NullMarked;
