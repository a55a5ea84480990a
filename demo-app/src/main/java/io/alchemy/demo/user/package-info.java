/**
 * Users and their addresses: mapped classes, repositories, a transactional service and its REST controller.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.demo.user;

import org.jspecify.annotations.NullMarked;
