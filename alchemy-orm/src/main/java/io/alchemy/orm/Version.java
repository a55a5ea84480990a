package io.alchemy.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the version counter column of a {@link Mapped} class (SQLAlchemy's {@code version_id_col}): an integer
 * field, mapped as a NOT NULL column (a {@link MappedColumn} on the same field may set its name and options), set
 * to 1 on INSERT and incremented by every UPDATE, whose WHERE clause checks the version the Session loaded. When no
 * row matches, the row changed underneath and the flush raises {@link io.alchemy.orm.exc.StaleDataError}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
