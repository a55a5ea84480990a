package io.alchemy.sql;

/**
 * Marks nodes that one tree may reference several times (a parameter rendered twice, an alias referred to by its
 * columns and its FROM entry): the cache key describes them once and refers back to them by order of appearance.
 */
interface SharedNode {
}
