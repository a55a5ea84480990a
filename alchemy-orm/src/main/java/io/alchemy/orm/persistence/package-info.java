/**
 * The flush: ordering tables and rows, the INSERT, UPDATE and DELETE writers, relationship synchronization
 * (foreign keys, association rows, orphans) and the save-update and delete cascades.
 */
@NullMarked
package io.alchemy.orm.persistence;

import org.jspecify.annotations.NullMarked;
