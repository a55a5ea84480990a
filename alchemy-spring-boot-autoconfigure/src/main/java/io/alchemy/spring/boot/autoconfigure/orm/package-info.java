/**
 * The ORM in a Spring Boot application: the {@code Registry} of the scanned {@code @Mapped} classes
 * ({@link io.alchemy.spring.boot.autoconfigure.orm.AlchemyScan}), the {@code SessionFactory}, and the injectable
 * {@code Session} bound to the current Spring transaction
 * ({@link io.alchemy.spring.boot.autoconfigure.orm.TransactionalSessions}); {@code alchemy.ddl-auto}
 * ({@link io.alchemy.spring.boot.autoconfigure.orm.MappedSchemaInitializer}) and the translation of the ORM's
 * exceptions.
 *
 * <p>Parameters, return values and fields are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.alchemy.spring.boot.autoconfigure.orm;

import org.jspecify.annotations.NullMarked;
