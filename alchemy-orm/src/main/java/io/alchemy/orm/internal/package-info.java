/**
 * Not API: types that enhanced bytecode reaches ({@link io.alchemy.orm.internal.ManagedEntity}, implemented by every
 * class the build-time enhancer has run on). Application code must not use them; they may change in any release.
 */
package io.alchemy.orm.internal;
