package io.alchemy.sql;

import java.util.List;

/**
 * Something a SELECT can join along that knows its own target and ON clause, such as an ORM relationship
 * ({@code select(Address.class).join(Address_.user)}): {@link Select#join(JoinPath)} adds its joins.
 */
public interface JoinPath {

    /** The joins this path makes, in order (two for a path through an association table), of the given type. */
    List<JoinSpec> joins(JoinType type);
}
