/**
 * Read replicas: {@code @Transactional(readOnly = true)} work goes to a replica configured with
 * {@code alchemy.replica.*}, everything else to the primary, the connection being taken only once the transaction's
 * read-only flag is known ({@link org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy}); read-your-writes
 * keeps a request on the primary after it wrote.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.autoconfigure.replica;

import org.jspecify.annotations.NullMarked;
