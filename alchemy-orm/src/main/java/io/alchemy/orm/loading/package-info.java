/**
 * Turning rows into objects: the entity query, load plans and the loader strategies (select, selectin, joined,
 * subquery, raise, noload), loader options, and the ORM's results.
 */
@NullMarked
package io.alchemy.orm.loading;

import org.jspecify.annotations.NullMarked;
