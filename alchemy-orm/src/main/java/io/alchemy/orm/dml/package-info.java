/**
 * ORM-enabled INSERT, UPDATE and DELETE statements: bulk writes by primary key, and the synchronization of the
 * Session's objects after an UPDATE or DELETE with criteria (evaluate or fetch).
 */
@NullMarked
package io.alchemy.orm.dml;

import org.jspecify.annotations.NullMarked;
