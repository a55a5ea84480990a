/**
 * The fault suite (its tests are under src/test): restarts, crashes and killed connections on private PostgreSQL and
 * MariaDB servers. This package has no main classes; it exists so that the build-time enhancer finds this module's
 * class output.
 */
@NullMarked
package io.alchemy.faults;

import org.jspecify.annotations.NullMarked;
